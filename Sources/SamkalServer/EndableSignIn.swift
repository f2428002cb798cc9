import SamkalCore

/// A sign-in through the identity provider that its bearer can end before the token
/// expires (`samkal logout`): only the token's SHA-256 is kept, until the last second the
/// token would be accepted.
public struct EndableSignIn: Sendable, Hashable {
    public let tokenHash: String
    public let acceptedUntil: UTCTimestamp

    public init(tokenHash: String, acceptedUntil: UTCTimestamp) {
        self.tokenHash = tokenHash
        self.acceptedUntil = acceptedUntil
    }
}
