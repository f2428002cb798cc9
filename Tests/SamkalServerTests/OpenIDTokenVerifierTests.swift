import Foundation
import SamkalAuthentication
import SamkalCore
import Testing

/// The verifier against forged, expired and foreign tokens: each is refused for its own
/// reason before any identity is believed.
struct OpenIDTokenVerifierTests {
    let now = 1_800_000_000

    func verify(_ token: String, provider: TestIdentityProvider, at time: Int? = nil, verifier: OpenIDTokenVerifier? = nil) async -> Result<VerifiedIdentity, AuthenticationFailure> {
        let verifier = verifier ?? OpenIDTokenVerifier(settings: provider.settings, source: provider)
        do {
            return .success(try await verifier.verify(token, now: UTCTimestamp(secondsSince1970: time ?? now)))
        } catch let failure as AuthenticationFailure {
            return .failure(failure)
        } catch {
            Issue.record("unexpected \(error)")
            return .failure(.malformed)
        }
    }

    @Test func goodRS256AndES256TokensProveTheirSubject() async throws {
        let provider = try await TestIdentityProvider()
        let claims = TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now)
        for kid in ["rsa-1", "ec-1"] {
            let result = await verify(try await provider.token(claims, signedWith: kid), provider: provider)
            #expect(result == .success(VerifiedIdentity(issuer: TestIdentityProvider.issuer, subject: "sub-kari.vagen@afjord.example.no", claim: "kari.vagen@afjord.example.no", acceptedUntil: now + 600 + 60)), "\(kid)")
        }
    }

    @Test func expiredNotYetValidForeignAndIncompleteTokensAreRefused() async throws {
        let provider = try await TestIdentityProvider()
        var claims = TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now)
        func refused(_ change: (inout [String: Any]) -> Void, at time: Int? = nil) async throws -> AuthenticationFailure? {
            var changed = claims
            change(&changed)
            if case .failure(let failure) = await verify(try await provider.token(changed), provider: provider, at: time) { return failure }
            return nil
        }
        #expect(try await refused({ $0["exp"] = now - 61 }) == .expired)
        #expect(try await refused({ _ in }, at: now + 661) == .expired, "replayed after it expired")
        #expect(try await refused({ _ in }, at: now + 599) == nil, "still good just before")
        #expect(try await refused({ $0["nbf"] = now + 120 }) == .notYetValid)
        #expect(try await refused({ $0["aud"] = "another-app" }) == .wrongAudience)
        #expect(try await refused({ $0["iss"] = "https://evil.example.com" }) == .wrongIssuer)
        #expect(try await refused({ $0["exp"] = nil }) == .missingClaim)
        #expect(try await refused({ $0["email"] = nil }) == .missingClaim)
        #expect(try await refused({ $0["sub"] = nil }) == .missingClaim)
        claims["aud"] = ["other", TestIdentityProvider.audience]
        #expect(try await refused({ _ in }) == nil, "an audience list naming samkal is good")
    }

    @Test func forgedTokensAreRefusedBeforeAnyKeyIsTrusted() async throws {
        let provider = try await TestIdentityProvider()
        let claims = TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now)
        let good = try await provider.token(claims)
        var other = claims
        other["email"] = "ingrid.stoen@afjord.example.no"
        #expect(await verify(try TestIdentityProvider.tampered(good, claims: other), provider: provider) == .failure(.badSignature))
        #expect(await verify(try TestIdentityProvider.unsigned(header: ["alg": "none", "kid": "rsa-1"], claims: claims), provider: provider) == .failure(.algorithmRefused))
        #expect(await verify(try provider.hmacWithPublicKey(claims: claims), provider: provider) == .failure(.algorithmRefused))
        #expect(await verify(try TestIdentityProvider.unsigned(header: ["alg": "RS256"], claims: claims, signature: "c2ln"), provider: provider) == .failure(.unknownKey), "no kid: never a default key")
        // An ES256 header over the RSA key's kid: the algorithm does not fit the key.
        #expect(await verify(try TestIdentityProvider.unsigned(header: ["alg": "ES256", "kid": "rsa-1"], claims: claims, signature: "c2ln"), provider: provider) == .failure(.algorithmRefused))
        for garbage in ["", "abc", "a.b", "a.b.c.d", String(repeating: "x", count: 20_000), "ey.ey.ey"] {
            #expect(await verify(garbage, provider: provider) == .failure(.malformed), "\(garbage.prefix(10))")
        }
    }

    @Test func anUnknownKidFetchesTheKeySetAgainAtMostOncePerInterval() async throws {
        let provider = try await TestIdentityProvider()
        let verifier = OpenIDTokenVerifier(settings: provider.settings, source: provider)
        let claims = TestIdentityProvider.claims(email: "kari.vagen@afjord.example.no", now: now)
        #expect(await verify(try await provider.token(claims), provider: provider, verifier: verifier).isSuccess)
        #expect(provider.keySetFetches == 1)
        // A key the provider has not published yet: one fetch, then refused without more.
        let rotatedToken = try await provider.token(claims, signedWith: "ec-2")
        for _ in 0..<20 {
            #expect(await verify(rotatedToken, provider: provider, at: now + 1, verifier: verifier) == .failure(.unknownKey))
        }
        #expect(provider.keySetFetches == 1, "the first fetch was less than the interval ago")
        provider.publishesRotated.withLock { $0 = true }
        #expect(await verify(rotatedToken, provider: provider, at: now + 61, verifier: verifier).isSuccess, "rotated keys are found after the interval")
        #expect(provider.keySetFetches == 2)
    }

    @Test func bearerHeadersAreReadStrictly() {
        #expect(BearerToken.token(fromAuthorization: "Bearer abc") == "abc")
        #expect(BearerToken.token(fromAuthorization: "bearer  abc ") == "abc")
        #expect(BearerToken.token(fromAuthorization: "Basic abc") == nil)
        #expect(BearerToken.token(fromAuthorization: "Bearer") == nil)
        #expect(BearerToken.token(fromAuthorization: nil) == nil)
        #expect(BearerToken.token(fromAuthorization: "Bearer " + String(repeating: "a", count: 20_000)) == nil)
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
