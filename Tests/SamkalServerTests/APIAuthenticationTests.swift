import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SamkalAuthentication
import SamkalCore
import SamkalServer
import SamkalService
import SamkalStore
import SamkalTemplates
import Testing

/// The API under `/api/v1`: every request proves who it is from, and the need-to-know
/// rules answer as that person; what fails is refused, counted and slowed down.
struct APIAuthenticationTests {
    let fixture: ServerFixture
    let provider: TestIdentityProvider
    let now = UTCTimestamp(secondsSince1970: 1_800_000_000)

    init() async throws {
        fixture = try await ServerFixture.make()
        provider = try await TestIdentityProvider()
    }

    func application(backoff: AuthenticationBackoff = AuthenticationBackoff()) throws -> some ApplicationProtocol {
        let verifier = OpenIDTokenVerifier(settings: provider.settings, source: provider)
        let now = self.now
        let api = APIConfiguration(
            store: fixture.store, identity: .testing, authenticator: APIAuthenticator(store: fixture.store, verifier: verifier),
            minutesRenderer: try MinutesRenderer(library: TemplateLibrary(
                directory: ServerFixture.repositoryRoot.appendingPathComponent("Templates").path, names: MinutesRenderer.templateNames
            )),
            invitationRenderer: try InvitationRenderer(library: TemplateLibrary(
                directory: ServerFixture.repositoryRoot.appendingPathComponent("Templates").path, names: InvitationRenderer.templateNames
            )),
            backoff: backoff, clock: { now }
        )
        let service = FeedService(store: fixture.store, keepCancelledDays: 30, metrics: fixture.metrics)
        return try buildApplication(service: service, metrics: fixture.metrics, host: "127.0.0.1", port: 0, logger: Logger(label: "test"), api: api)
    }

    func accessToken(for person: String) async throws -> (id: Int64, secret: String) {
        var random = SystemRandomNumberGenerator()
        let made = try await AccessTokenService(store: fixture.store).create(
            for: person, label: "test", lifetimeDays: 30, by: .operatorAccount("test"), now: now, random: &random
        )
        return (made.token.id, made.secret)
    }

    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body))
    }

    @Test func aPersonalAccessTokenProvesItsPersonAndTheRulesFollowThem() async throws {
        let kari = try await accessToken(for: "kari-vagen")
        let jonas = try await accessToken(for: "jonas-odegard")
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + kari.secret]) { response in
                #expect(response.status == .ok)
                let body = try #require(try Self.json(response) as? [String: String])
                #expect(body == ["person": "kari-vagen", "name": "Kari Vågen", "via": "token:\(kari.id)"])
            }
            let all = try await client.execute(uri: "/api/v1/participants", method: .get, headers: [.authorization: "Bearer " + kari.secret])
            let listed = try #require(try Self.json(all) as? [String: Any])
            #expect((listed["participants"] as? [Any])?.count == 5 && listed["hidden"] as? Int == 0)
            let own = try await client.execute(uri: "/api/v1/participants", method: .get, headers: [.authorization: "Bearer " + jonas.secret])
            let nav = try #require(try Self.json(own) as? [String: Any])
            let visible = try #require(nav["participants"] as? [[String: Any]])
            #expect(visible.allSatisfy { $0["navAdvisor"] as? String == "jonas-odegard" } && visible.count + (nav["hidden"] as? Int ?? 0) == 5)

            // The audit log is internal control's: NAV is refused, and told by which rule.
            try await client.execute(uri: "/api/v1/audit", method: .get, headers: [.authorization: "Bearer " + jonas.secret, .acceptLanguage: "en"]) { response in
                #expect(response.status == .forbidden)
                let problem = try #require(try Self.json(response) as? [String: String])
                #expect(problem["code"] == "refused" && problem["rule"] == "onlyInternalControl")
                #expect(problem["message"]?.contains("internal control") == true)
            }
            try await client.execute(uri: "/api/v1/audit", method: .get, headers: [.authorization: "Bearer " + kari.secret]) { response in
                #expect(response.status == .ok)
                let log = try #require(try Self.json(response) as? [String: Any])
                #expect(log["timeZone"] as? String == "Europe/Oslo")
                let entries = try #require(log["entries"] as? [[String: Any]])
                #expect(entries.contains { $0["who"] as? String == "jonas-odegard" && $0["action"] as? String == "readAudit" && $0["via"] as? String == "token:\(jonas.id)" })
                #expect(entries.contains { $0["who"] as? String == "kari-vagen" && $0["action"] as? String == "readParticipants" && $0["via"] as? String == "token:\(kari.id)" })
            }
        }
    }

    @Test func aRevokedTokenIsRefusedFromTheNextRequestOn() async throws {
        let jonas = try await accessToken(for: "jonas-odegard")
        try await application().test(.router) { client in
            let headers: HTTPFields = [.authorization: "Bearer " + jonas.secret]
            #expect(try await client.execute(uri: "/api/v1/whoami", method: .get, headers: headers).status == .ok)
            try await client.execute(uri: "/api/v1/tokens/\(jonas.id)", method: .delete, headers: headers) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/whoami", method: .get, headers: headers) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="samkal", error="invalid_token""#)
            }
        }
    }

    @Test func aPersonMakesAndSeesOnlyTheirOwnTokens() async throws {
        let kari = try await accessToken(for: "kari-vagen")
        let jonas = try await accessToken(for: "jonas-odegard")
        try await application().test(.router) { client in
            let made = try await client.execute(
                uri: "/api/v1/tokens", method: .post, headers: [.authorization: "Bearer " + jonas.secret, .contentType: "application/json"],
                body: ByteBuffer(string: #"{"expiresInDays": 7, "label": "laptop"}"#)
            )
            #expect(made.status == .created)
            let body = try #require(try Self.json(made) as? [String: Any])
            let secret = try #require(body["secret"] as? String)
            #expect(AccessTokenSecret.looksValid(secret))
            let listed = try await client.execute(uri: "/api/v1/tokens", method: .get, headers: [.authorization: "Bearer " + secret])
            let tokens = try #require(try Self.json(listed) as? [[String: Any]])
            #expect(tokens.count == 2 && tokens.allSatisfy { $0["person"] as? String == "jonas-odegard" })
            // Someone else's token cannot be revoked, nor learnt of.
            try await client.execute(uri: "/api/v1/tokens/\(kari.id)", method: .delete, headers: [.authorization: "Bearer " + jonas.secret]) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/api/v1/tokens", method: .post, headers: [.authorization: "Bearer " + jonas.secret, .contentType: "application/json"],
                body: ByteBuffer(string: #"{"expiresInDays": 400}"#)
            ) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func openIDTokensProveAPersonOfTheAgreementsAndOthersAreRefused() async throws {
        let good = try await provider.token(TestIdentityProvider.claims(email: "Kari.Vagen@afjord.example.no", now: now.secondsSince1970))
        let stranger = try await provider.token(TestIdentityProvider.claims(email: "someone@elsewhere.example.no", now: now.secondsSince1970))
        var foreignClaims = TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now.secondsSince1970)
        foreignClaims["aud"] = "another-app"
        let foreign = try await provider.token(foreignClaims)
        try await application().test(.router) { client in
            try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + good]) { response in
                #expect(response.status == .ok)
                let body = try #require(try Self.json(response) as? [String: String])
                #expect(body["person"] == "kari-vagen" && body["via"] == "oidc:sub-Kari.Vagen@afjord.example.no@" + TestIdentityProvider.issuer)
            }
            try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + stranger]) { response in
                #expect(response.status == .forbidden)
                let problem = try Self.json(response) as? [String: String]
                #expect(problem?["code"] == "unknownIdentity")
            }
            #expect(try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + foreign]).status == .unauthorized)
        }
        #expect(fixture.metrics.exposition().contains(#"samkal_api_authentication_failures_total{reason="wrong_audience"} 1"#))
    }

    /// `POST /logout` ends an OpenID Connect sign-in: the same token, replayed, is refused
    /// (and counted) though the provider would still accept it; another token of the same
    /// person is not touched. A personal access token is ended by revoking it, not here.
    @Test func aTokenWhoseBearerSignedOutIsRefused() async throws {
        let first = try await provider.token(TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now.secondsSince1970))
        var later = TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now.secondsSince1970)
        later["iat"] = now.secondsSince1970 + 1
        let second = try await provider.token(later)
        let script = try await accessToken(for: "kari-vagen")
        try await application().test(.router) { client in
            let out = try await client.execute(uri: "/api/v1/logout", method: .post, headers: [.authorization: "Bearer " + first])
            #expect(out.status == .noContent)
            #expect(try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + first]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/logout", method: .post, headers: [.authorization: "Bearer " + first]).status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + second]).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/logout", method: .post, headers: [.authorization: "Bearer " + script.secret]).status == .noContent)
            #expect(try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + script.secret]).status == .ok)
        }
        #expect(fixture.metrics.exposition().contains(#"samkal_api_authentication_failures_total{reason="signed_out"} 2"#))
        #expect(try await fixture.store.signInEnded(tokenHash: AccessTokenSecret.hash(first), now: now))
    }

    @Test func failuresAreCountedAndAnAddressThatKeepsFailingIsSlowedDown() async throws {
        let kari = try await accessToken(for: "kari-vagen")
        let backoff = AuthenticationBackoff(freeFailures: 3, windowSeconds: 60, maximumSeconds: 300)
        try await application(backoff: backoff).test(.router) { client in
            #expect(try await client.execute(uri: "/api/v1/whoami", method: .get).status == .unauthorized)
            for guess in 0..<2 {
                let status = try await client.execute(
                    uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer samkal_" + String(repeating: "A", count: 42) + "\(guess)"]
                ).status
                #expect(status == .unauthorized)
            }
            // Now even the right token waits: the address is backed off.
            try await client.execute(uri: "/api/v1/whoami", method: .get, headers: [.authorization: "Bearer " + kari.secret]) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "1")
            }
            // Feeds keep their capability URLs: no credential needed, no back-off.
            let feed = try #require(fixture.tokens["ola-brattoy"])
            #expect(try await client.execute(uri: "/feeds/\(feed).ics", method: .get).status == .ok)
        }
        let metrics = fixture.metrics.exposition()
        #expect(metrics.contains(#"samkal_api_authentication_failures_total{reason="missing"} 1"#))
        #expect(metrics.contains(#"samkal_api_authentication_failures_total{reason="unknown_access_token"} 2"#))
        #expect(metrics.contains(#"samkal_api_authentication_failures_total{reason="backed_off"} 1"#))
        #expect(backoff.retryAfter("unknown", now: now.secondsSince1970 + 1) == nil, "the back-off ends")
    }

    @Test func theBackoffDoublesAndForgetsOldAddressesBeyondItsBound() {
        let backoff = AuthenticationBackoff(freeFailures: 2, windowSeconds: 60, maximumSeconds: 8, maximumAddresses: 3)
        for _ in 0..<2 { backoff.recordFailure("a", now: 100) }
        #expect(backoff.retryAfter("a", now: 100) == 1)
        backoff.recordFailure("a", now: 100)
        #expect(backoff.retryAfter("a", now: 100) == 2)
        for _ in 0..<10 { backoff.recordFailure("a", now: 100) }
        #expect(backoff.retryAfter("a", now: 100) == 8, "capped")
        backoff.recordSuccess("a")
        #expect(backoff.retryAfter("a", now: 100) == nil)
        for (index, address) in ["b", "c", "d", "e", "f"].enumerated() {
            backoff.recordFailure(address, now: 200 + index)
            backoff.recordFailure(address, now: 200 + index)
        }
        #expect(backoff.retryAfter("b", now: 205) == nil, "the oldest is forgotten beyond 3 addresses")
        #expect(backoff.retryAfter("f", now: 204) == 1)
    }
}
