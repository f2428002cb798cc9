/// What samkal reads of a provider's discovery document.
public struct OpenIDDiscovery: Sendable, Hashable, Codable {
    public let issuer: String
    public let jwksURI: String
    public let tokenEndpoint: String?
    public let deviceAuthorizationEndpoint: String?
    public let authorizationEndpoint: String?

    enum CodingKeys: String, CodingKey {
        case issuer
        case jwksURI = "jwks_uri"
        case tokenEndpoint = "token_endpoint"
        case deviceAuthorizationEndpoint = "device_authorization_endpoint"
        case authorizationEndpoint = "authorization_endpoint"
    }

    public init(issuer: String, jwksURI: String, tokenEndpoint: String?, deviceAuthorizationEndpoint: String?, authorizationEndpoint: String?) {
        self.issuer = issuer
        self.jwksURI = jwksURI
        self.tokenEndpoint = tokenEndpoint
        self.deviceAuthorizationEndpoint = deviceAuthorizationEndpoint
        self.authorizationEndpoint = authorizationEndpoint
    }
}
