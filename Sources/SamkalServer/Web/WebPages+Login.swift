import Foundation
import Hummingbird
import SamkalAuthentication
import SamkalCore

extension WebPages {
    /// How long a sign-in may take at the provider before its state is forgotten.
    static let loginSeconds = 600

    var redirectURI: String { web.address.base + "/login/callback" }

    /// A path on this server to go to after signing in; anything else is the overview.
    static func safeNext(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), text.count <= 200,
              text.allSatisfy({ $0.isLetter || $0.isNumber || "/-_.".contains($0) }), !text.hasPrefix("/login")
        else { return "/oversikt" }
        return text
    }

    /// `GET /login`: to the provider, with a fresh state and PKCE verifier kept in a cookie.
    func login(_ request: Request) async throws -> Response {
        let language = Self.language(request)
        let document: OpenIDDiscovery
        do {
            document = try await web.verifier.providerDocument()
        } catch {
            return message(language, visitor: nil, title: .signInFailedTitle, message: WebText.signInFailed.text(in: language), status: .serviceUnavailable)
        }
        var random = web.random()
        let (verifier, challenge) = AuthorizationCodeExchange.verifier(using: &random)
        let state = AuthorizationCodeExchange.verifier(using: &random).verifier
        let next = Self.safeNext(request.uri.queryParameters["next"].map { String($0).removingPercentEncoding ?? "" })
        guard let endpoint = document.authorizationEndpoint,
              let url = AuthorizationCodeExchange.authorizationURL(
                  endpoint: endpoint, clientID: web.clientID, redirectURI: redirectURI, state: state, challenge: challenge
              )
        else {
            return message(language, visitor: nil, title: .signInFailedTitle, message: WebText.signInFailed.text(in: language), status: .serviceUnavailable)
        }
        let pending = [state, verifier, next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""].joined(separator: ".")
        return Self.redirect(url, cookies: [WebCookies.set(WebCookies.login, pending, maxAgeSeconds: Self.loginSeconds, sameSite: "Lax")])
    }

    /// `GET /login/callback`: the provider's code for the ID token, which becomes the session.
    func callback(_ request: Request) async throws -> Response {
        let language = Self.language(request)
        let failed = message(
            language, visitor: nil, title: .signInFailedTitle, message: WebText.signInFailed.text(in: language), status: .unauthorized,
            signIn: "/login"
        )
        let parts = (WebCookies.value(WebCookies.login, in: request) ?? "").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let state = request.uri.queryParameters["state"], let code = request.uri.queryParameters["code"],
              Self.constantTimeEqual(String(state), String(parts[0]))
        else { return failed }
        let next = Self.safeNext(String(parts[2]).removingPercentEncoding)
        let token: String
        do {
            guard let endpoint = try await web.verifier.providerDocument().tokenEndpoint else { return failed }
            token = try await web.exchange.idToken(
                code: String(code), verifier: String(parts[1]), redirectURI: redirectURI, clientID: web.clientID, tokenEndpoint: endpoint
            )
        } catch {
            return failed
        }
        let now = api.clock()
        switch try await api.authenticator.authenticate(authorization: "Bearer " + token, now: now) {
        case .caller(_, _, _, let signIn):
            let seconds = (signIn?.acceptedUntil.secondsSince1970 ?? now.secondsSince1970) - now.secondsSince1970
            return Self.redirect(next, cookies: [
                WebCookies.set(WebCookies.session, token, maxAgeSeconds: seconds), WebCookies.clear(WebCookies.login),
            ])
        case .unknownIdentity:
            return message(
                language, visitor: nil, title: .unknownPersonTitle, message: WebText.unknownPerson.text(in: language), status: .forbidden
            )
        case .failure:
            return failed
        }
    }

    /// `POST /logout`: the session ended here and on every instance, the cookie cleared.
    func logout(_ request: Request) async throws -> Response {
        let language = Self.language(request)
        guard let visitor = try await visitor(request) else { return Self.redirect("/logget-ut") }
        guard try await form(request, visitor: visitor) != nil else {
            return message(language, visitor: visitor, title: .refusedTitle, message: WebText.formRefused.text(in: language), status: .forbidden)
        }
        if let signIn = visitor.signIn {
            try await api.store.endSignIn(tokenHash: signIn.tokenHash, acceptedUntil: signIn.acceptedUntil, now: api.clock())
        }
        return Self.redirect("/logget-ut", cookies: [WebCookies.clear(WebCookies.session)])
    }

    /// `GET /logget-ut`: said in words, with the way back in.
    func signedOut(_ request: Request) -> Response {
        let language = Self.language(request)
        return message(language, visitor: nil, title: .signedOutTitle, message: WebText.signedOut.text(in: language), status: .ok, signIn: "/login")
    }
}
