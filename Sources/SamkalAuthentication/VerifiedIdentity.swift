/// Who a valid OpenID Connect token says its bearer is, and until when the token is accepted.
public struct VerifiedIdentity: Sendable, Hashable {
    public let issuer: String
    public let subject: String
    /// The configured identity claim's value (e.g. the email address).
    public let claim: String
    /// The last second (since 1970) the token is accepted: its `exp` and the clock skew
    /// allowed. A sign-out must be remembered until then.
    public let acceptedUntil: Int

    public init(issuer: String, subject: String, claim: String, acceptedUntil: Int) {
        self.issuer = issuer
        self.subject = subject
        self.claim = claim
        self.acceptedUntil = acceptedUntil
    }
}
