import Foundation
import Hummingbird
import HTTPTypes
import SamkalAuthentication
@testable import SamkalServer
import Testing

/// The web pages' own rules, without a browser (the browser tests are
/// `WebPagesBrowserTests`): where a sign-in may send the person afterwards, the cookies'
/// attributes, PKCE's S256 challenge, and the headers every page carries.
struct WebPagesTests {
    @Test func afterSigningInOnlyAPathOfThisServerIsFollowed() {
        #expect(WebPages.safeNext("/internkontroll") == "/internkontroll")
        #expect(WebPages.safeNext("/deltaker/3f9c0a") == "/deltaker/3f9c0a")
        for hostile in ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login/callback", nil, ""] {
            #expect(WebPages.safeNext(hostile) == "/oversikt", "\(hostile ?? "nil")")
        }
    }

    @Test func theSessionCookieIsHostOnlyHttpOnlySecureAndStrict() {
        let cookie = WebCookies.set(WebCookies.session, "token", maxAgeSeconds: 3600)
        #expect(cookie == "__Host-samkal-session=token; Path=/; Max-Age=3600; SameSite=Strict; Secure; HttpOnly")
        #expect(WebCookies.clear(WebCookies.session).contains("Max-Age=0"))
        #expect(WebCookies.set(WebCookies.login, "s.v.n", maxAgeSeconds: 600, sameSite: "Lax").contains("SameSite=Lax; Secure; HttpOnly"))
    }

    /// RFC 7636, appendix B.
    @Test func theChallengeIsRFC7636s() {
        #expect(AuthorizationCodeExchange.challenge(for: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        var random = SystemRandomNumberGenerator()
        let (verifier, challenge) = AuthorizationCodeExchange.verifier(using: &random)
        #expect(verifier.count == 43 && challenge == AuthorizationCodeExchange.challenge(for: verifier))
    }

    @Test func everyPageForbidsScriptsFramesAndCaching() {
        let headers = WebPages.headers()
        let policy = headers[.contentSecurityPolicy] ?? ""
        #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'") && !policy.contains("script-src"))
        #expect(headers[.cacheControl] == "no-store")
        #expect(headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
    }

    @Test func aTokenComparesInConstantTime() {
        #expect(WebPages.constantTimeEqual("abc", "abc"))
        #expect(!WebPages.constantTimeEqual("abc", "abd"))
        #expect(!WebPages.constantTimeEqual("abc", "abcd"))
    }
}
