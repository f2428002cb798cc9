import SamkalCore

/// Personal access tokens: only a hash of each secret is kept, so a copy of the database
/// lets nobody in.
public protocol AccessTokenStore: Sendable {
    /// A new token for `personID`; `audit` is written in the same transaction.
    func addAccessToken(
        personID: String, label: String, tokenHash: String, expiresAt: UTCTimestamp, audit: AuditEntry?, now: UTCTimestamp
    ) async throws -> AccessToken
    /// The token whose secret has this hash, if it is neither revoked nor expired at `now`.
    func accessToken(tokenHash: String, now: UTCTimestamp) async throws -> AccessToken?
    /// Every token, revoked and expired ones too, by id.
    func accessTokens() async throws -> [AccessToken]
    /// `false` when there is no unrevoked token `id`. A revoked token is refused from the
    /// next request on (nothing caches it).
    func revokeAccessToken(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool

    /// Remembers that the sign-in whose token has this hash was ended (`samkal logout`): the
    /// token is refused from the next request on, though its provider would accept it
    /// until `acceptedUntil`. What is remembered past that is forgotten here.
    func endSignIn(tokenHash: String, acceptedUntil: UTCTimestamp, now: UTCTimestamp) async throws
    /// Whether the sign-in of the token with this hash was ended.
    func signInEnded(tokenHash: String, now: UTCTimestamp) async throws -> Bool
}
