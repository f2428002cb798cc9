/// The one spelling of a feed's address that samkal answers: `/feeds/<token>.ics`, with an
/// optional query. Anything else — `//feeds/…`, `/FEEDS/…`, `/feeds/x/…`, a percent-encoded
/// slash — is not a feed (404), on the fast path and in the router alike, and no spelling
/// ever puts the token in a log line: logs carry the route, never the path.
enum FeedPath {
    /// The route name logged for a feed request.
    static let route = "/feeds/{token}.ics"

    /// The token in an exact feed path, or `nil`.
    static func token(in path: String) -> Substring? {
        var path = Substring(path)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        guard path.hasPrefix("/feeds/"), path.hasSuffix(".ics") else { return nil }
        let token = path.dropFirst("/feeds/".count).dropLast(".ics".count)
        guard !token.isEmpty, token.utf8.allSatisfy(isTokenByte) else { return nil }
        return token
    }

    /// The route a request path matches, as logged: never the raw path.
    static func loggedRoute(of path: String) -> String {
        var bare = Substring(path)
        if let query = bare.firstIndex(where: { $0 == "?" || $0 == "#" }) { bare = bare[..<query] }
        switch bare {
        case "/healthz": return "/healthz"
        case "/metrics": return "/metrics"
        default:
            if let template = APIRoutes.template(for: String(bare)) { return template }
            return token(in: path) != nil ? route : "other"
        }
    }

    /// Base64url without padding: what `FeedToken.generate` makes.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 45 || byte == 95
    }
}
