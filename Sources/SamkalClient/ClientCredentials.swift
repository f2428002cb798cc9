/// What `samkal login` keeps in the user's config directory: the server, and the token
/// every command sends it — a personal access token, or the identity provider's ID token
/// with what renews it.
public struct ClientCredentials: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case accessToken, openIDConnect
    }

    /// The server's address, e.g. `https://samkal.kommune.no`.
    public var server: String
    public var kind: Kind
    /// The bearer token sent with every request.
    public var token: String
    /// When `token` expires (seconds since 1970); nil for a personal access token.
    public var expiresAt: Int?
    /// Renews an OpenID Connect token at `tokenEndpoint` (RFC 6749 §6).
    public var refreshToken: String?
    public var tokenEndpoint: String?
    public var clientID: String?

    public init(
        server: String, kind: Kind, token: String, expiresAt: Int? = nil, refreshToken: String? = nil, tokenEndpoint: String? = nil,
        clientID: String? = nil
    ) {
        self.server = server
        self.kind = kind
        self.token = token
        self.expiresAt = expiresAt
        self.refreshToken = refreshToken
        self.tokenEndpoint = tokenEndpoint
        self.clientID = clientID
    }

    /// Whether the token should be renewed before use: expired, or within a minute of it.
    public func needsRenewal(now: Int) -> Bool {
        guard let expiresAt else { return false }
        return now >= expiresAt - 60
    }
}
