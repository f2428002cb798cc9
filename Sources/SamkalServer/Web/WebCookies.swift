import HTTPTypes
import Hummingbird

/// The web pages' cookies. `__Host-` names: Secure, Path=/ and no Domain, so no other site
/// or subdomain can set them; HttpOnly, so no script reads them. The session is SameSite
/// Strict; the sign-in's state is Lax, because it must come back with the provider's
/// redirect (a top-level navigation from another site).
enum WebCookies {
    /// The signed-in person's ID token from the provider (checked on every request as the
    /// API checks a bearer token; `POST /logout` ends it).
    static let session = "__Host-samkal-session"
    /// The sign-in under way: state and PKCE verifier, and where to go afterwards.
    static let login = "__Host-samkal-login"
    /// The language chosen on the pages (not secret).
    static let language = "samkal-lang"

    /// The value of the cookie `name` the request carries.
    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                return String(parts[1]).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// A `Set-Cookie` value.
    static func set(_ name: String, _ value: String, maxAgeSeconds: Int, sameSite: String = "Strict", httpOnly: Bool = true) -> String {
        var attributes = ["\(name)=\(value)", "Path=/", "Max-Age=\(max(0, maxAgeSeconds))", "SameSite=\(sameSite)"]
        if name.hasPrefix("__Host-") { attributes.append("Secure") }
        if httpOnly { attributes.append("HttpOnly") }
        return attributes.joined(separator: "; ")
    }

    static func clear(_ name: String) -> String {
        set(name, "", maxAgeSeconds: 0)
    }
}
