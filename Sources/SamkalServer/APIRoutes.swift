import HTTPTypes

/// The API's paths (under `/api/v1`) and their methods, as `openapi.yaml` declares them
/// (`APIRoutesTests` holds the two together): another method on a known path is answered
/// 405 with `Allow`, not 404.
enum APIRoutes {
    static let prefix = "/api/v1"

    static let paths: [(template: [String], methods: [HTTPRequest.Method])] = [
        (["login"], [.get]),
        (["whoami"], [.get]),
        (["logout"], [.post]),
        (["participants"], [.get, .post]),
        // Before the template: `import` is no case number.
        (["participants", "import"], [.post]),
        (["participants", "{id}"], [.get]),
        (["participants", "{id}", "end"], [.post]),
        (["attendance"], [.get]),
        (["meetings"], [.get]),
        (["minutes"], [.get]),
        (["minutes", "{meeting}"], [.get, .post]),
        (["actions"], [.get]),
        (["actions", "{id}", "done"], [.post]),
        (["audit"], [.get]),
        (["reports", "internal-control"], [.get]),
        (["tokens"], [.get, .post]),
        (["tokens", "{id}"], [.delete]),
        (["feeds"], [.get, .post]),
        (["feeds", "{id}"], [.delete]),
        (["feeds", "{id}", "rotate"], [.post]),
        (["plans"], [.post]),
        (["plans", "region"], [.post]),
        (["plan", "changes"], [.get]),
        (["busy"], [.post]),
        (["invitations"], [.post]),
        (["outbox"], [.get]),
        (["outbox", "retry"], [.post]),
        (["replies"], [.get, .post]),
    ]

    /// The methods of the declared path `path` matches, or nil for a path not in the API.
    static func methods(for path: String) -> [HTTPRequest.Method]? {
        declared(path)?.methods
    }

    /// The declared path `path` matches, as logs and metrics name it (`/api/v1/tokens/{id}`:
    /// never the id as sent).
    static func template(for path: String) -> String? {
        declared(path).map { prefix + "/" + $0.template.joined(separator: "/") }
    }

    private static func declared(_ path: String) -> (template: [String], methods: [HTTPRequest.Method])? {
        guard path.hasPrefix(prefix + "/") else { return nil }
        let parts = path.dropFirst(prefix.count + 1).split(separator: "/", omittingEmptySubsequences: false)
        return paths.first { template, _ in
            template.count == parts.count && zip(template, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
    }
}
