/// Why a presented credential proves nobody. Every case answers 401 (the client is told
/// only that the token is invalid); the reason goes to `/metrics` and the log, never the token.
public enum AuthenticationFailure: Error, Sendable, Hashable, CaseIterable {
    /// No `Authorization: Bearer …` header.
    case missing
    /// Not a JWT or a personal access token: wrong shape, too long, undecodable.
    case malformed
    /// `alg` other than RS256 or ES256 (`none`, HS256 with the public key as secret, …),
    /// or one that does not fit the key.
    case algorithmRefused
    /// No key with the token's `kid`, even after fetching the key set again.
    case unknownKey
    case badSignature
    case expired
    case notYetValid
    case wrongIssuer
    case wrongAudience
    /// The token has no subject or no identity claim.
    case missingClaim
    /// A personal access token that is unknown, expired or revoked.
    case unknownAccessToken
    /// OpenID Connect tokens are not accepted: no provider is configured.
    case noProvider
    /// The provider's discovery document or key set could not be fetched.
    case providerUnavailable
    /// A valid token whose bearer signed out (`samkal logout`) before it expired.
    case signedOut

    /// The label in `samkal_api_authentication_failures_total{reason=…}`.
    public var metricLabel: String {
        switch self {
        case .missing: "missing"
        case .malformed: "malformed"
        case .algorithmRefused: "algorithm_refused"
        case .unknownKey: "unknown_key"
        case .badSignature: "bad_signature"
        case .expired: "expired"
        case .notYetValid: "not_yet_valid"
        case .wrongIssuer: "wrong_issuer"
        case .wrongAudience: "wrong_audience"
        case .missingClaim: "missing_claim"
        case .unknownAccessToken: "unknown_access_token"
        case .noProvider: "no_provider"
        case .providerUnavailable: "provider_unavailable"
        case .signedOut: "signed_out"
        }
    }
}
