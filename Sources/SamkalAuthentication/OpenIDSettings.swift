/// The municipality's identity provider, as `samkal serve` is configured to trust it.
public struct OpenIDSettings: Sendable, Hashable {
    /// The issuer (`iss`), exactly as the provider's discovery document names it.
    public let issuer: String
    /// Tokens must name one of these in `aud` (samkal's client id at the provider).
    public let audiences: Set<String>
    /// The claim that names the person (e.g. `email`), matched with the people of the agreements.
    public let identityClaim: String
    /// How far a token's `exp` and `nbf` may be off the server's clock, in seconds.
    public let clockSkewSeconds: Int
    /// At most one fetch of the key set per this many seconds on an unknown `kid`: a flood
    /// of forged tokens cannot make the server hammer the provider.
    public let keyRefreshIntervalSeconds: Int

    public init(
        issuer: String, audiences: Set<String>, identityClaim: String = "email", clockSkewSeconds: Int = 60,
        keyRefreshIntervalSeconds: Int = 60
    ) {
        self.issuer = issuer
        self.audiences = audiences
        self.identityClaim = identityClaim
        self.clockSkewSeconds = clockSkewSeconds
        self.keyRefreshIntervalSeconds = keyRefreshIntervalSeconds
    }

    /// The discovery document's address (OpenID Connect Discovery 1.0 §4).
    public var discoveryURL: String {
        (issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer) + "/.well-known/openid-configuration"
    }
}
