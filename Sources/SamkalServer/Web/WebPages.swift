import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SamkalAuthentication
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates

/// The web pages of `samkal serve` for the refugee service, the leaders and the people who
/// follow participants: Oversikt, Internkontroll, Deltaker, Abonnement and the minutes of a
/// meeting. Server-rendered from `Templates/web/` (no script at all); every page asks the
/// same use cases the command line and the API do, so the need-to-know rule and the audit
/// log are theirs.
///
/// Sign-in is OpenID Connect's authorization-code flow with PKCE against the API's
/// provider; the session is the provider's ID token in an HttpOnly, Secure, SameSite=Strict
/// cookie, checked on every request as the API checks a bearer token (so a sign-out ends
/// it on every instance). Every form carries a CSRF token bound to the session; every
/// answer carries a Content-Security-Policy that allows nothing but this server's
/// stylesheet and forms.
struct WebPages: Sendable {
    let api: APIConfiguration
    let web: WebConfiguration

    /// Who is signed in, with what the pages need of them.
    struct Visitor: Sendable {
        let personID: String
        let name: String
        let credential: Credential
        let signIn: EndableSignIn?
        let language: Language
        /// Bound to the session: forms without it are refused.
        let csrf: String
    }

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    // MARK: Responses

    static func headers(contentType: String = "text/html; charset=utf-8") -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return headers
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        var headers = headers()
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var headers = headers()
        headers[.location] = location
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    func render(_ name: String, _ context: [String: Any], status: HTTPResponse.Status = .ok, cookies: [String] = []) -> Response {
        Self.html(web.pages.render(context, with: name) ?? "", status: status, cookies: cookies)
    }

    /// The language of the pages: `?lang=`, then the cookie, then the browser's.
    static func language(_ request: Request) -> Language {
        if let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) { return asked }
        if let chosen = WebCookies.value(WebCookies.language, in: request).flatMap(Language.init(rawValue:)) { return chosen }
        return APIText.language(acceptLanguage: request.headers[.acceptLanguage])
    }

    /// The cookie that keeps a language asked for with `?lang=`.
    static func languageCookie(_ request: Request) -> [String] {
        guard let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) else { return [] }
        return [WebCookies.set(WebCookies.language, asked.rawValue, maxAgeSeconds: 365 * 86_400, sameSite: "Lax", httpOnly: false)]
    }

    /// What every page's header and footer show.
    func frame(_ language: Language, visitor: Visitor?, current: String, path: String) -> [String: Any] {
        var words: [String: String] = [:]
        for text in WebText.allCases { words[text.rawValue] = text.text(in: language) }
        var context: [String: Any] = ["lang": language.tag, "web": words, "webPage": true]
        if let visitor {
            context["visitor"] = visitor.name
            context["csrf"] = visitor.csrf
            context["nav"] = [("/oversikt", WebText.overview), ("/internkontroll", .internalControl), ("/abonnement", .subscriptions)].map {
                ["href": $0.0, "label": $0.1.text(in: language), "current": $0.0 == current] as [String: Any]
            }
        }
        context["languages"] = Language.allCases.map { choice -> [String: Any] in
            [
                "href": path + "?lang=" + choice.rawValue, "tag": choice.tag, "current": choice == language,
                "name": choice.pick(nb: "bokmål", nn: "nynorsk", en: "English"),
            ]
        }
        return context
    }

    func message(
        _ language: Language, visitor: Visitor?, title: WebText, message: String, status: HTTPResponse.Status, signIn: String? = nil
    ) -> Response {
        var context = frame(language, visitor: visitor, current: "", path: "/oversikt")
        context["title"] = title.text(in: language)
        context["message"] = message
        if let signIn { context["signIn"] = signIn }
        return render("web/message.html", context, status: status)
    }

    // MARK: Sessions

    /// The signed-in visitor, or nil: no session cookie, or one the API would refuse
    /// (expired, signed out, for nobody in the agreements).
    func visitor(_ request: Request) async throws -> Visitor? {
        guard let token = WebCookies.value(WebCookies.session, in: request), !token.isEmpty else { return nil }
        let now = api.clock()
        guard case .caller(let personID, let name, let credential, let signIn) = try await api.authenticator.authenticate(
            authorization: "Bearer " + token, now: now
        ) else { return nil }
        return Visitor(
            personID: personID, name: name, credential: credential, signIn: signIn, language: Self.language(request),
            csrf: csrfToken(forSession: token)
        )
    }

    /// The CSRF token of a session: opaque, from the installation's secret and the session,
    /// so every instance gives the same and no other session's works.
    func csrfToken(forSession token: String) -> String {
        api.identity.opaque("web-csrf\u{0}" + AccessTokenSecret.hash(token))
    }

    /// Runs `body` for the signed-in visitor, with their credential in the audit entries it
    /// writes; the login page for anyone else.
    func signedIn(_ request: Request, _ body: (Visitor) async throws -> Response) async throws -> Response {
        guard let visitor = try await visitor(request) else {
            let next = request.uri.path
            return Self.redirect("/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/oversikt"))
        }
        var response = try await Credential.$current.withValue(visitor.credential) { try await body(visitor) }
        for cookie in Self.languageCookie(request) { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return response
    }

    /// The fields of a posted form, if its CSRF token is the session's and it came from this
    /// site (`Origin`, when the browser sends one, is this server's).
    func form(_ request: Request, visitor: Visitor) async throws -> [String: String]? {
        if let origin = request.headers[.origin], let expected = URLComponents(string: web.address.base),
           let given = URLComponents(string: origin), given.host != expected.host || given.port != expected.port {
            return nil
        }
        let body = try await request.body.collect(upTo: 16_384)
        var fields: [String: String] = [:]
        var components = URLComponents()
        components.percentEncodedQuery = String(buffer: body).replacingOccurrences(of: "+", with: "%20")
        for item in components.queryItems ?? [] { fields[item.name] = item.value ?? "" }
        guard let csrf = fields["csrf"], Self.constantTimeEqual(csrf, visitor.csrf) else { return nil }
        return fields
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
