/// Who a valid OpenID Connect token says its bearer is.
public struct VerifiedIdentity: Sendable, Hashable {
    public let issuer: String
    public let subject: String
    /// The configured identity claim's value (e.g. the email address).
    public let claim: String

    public init(issuer: String, subject: String, claim: String) {
        self.issuer = issuer
        self.subject = subject
        self.claim = claim
    }
}
