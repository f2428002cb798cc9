import SamkalCore
import SamkalService
import SamkalStore
import Testing

/// Personal access tokens on every store, and the rule of who manages them: the person
/// themselves or the operator on the server, never anyone else.
struct AccessTokenTests {
    typealias Fixture = StoreFixture

    /// A random source that repeats: the same secrets in every run.
    struct CountingRandom: RandomNumberGenerator {
        var state: UInt64 = 0x5EED
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test(arguments: StoreImplementation.allCases)
    func tokensAreFoundByHashUntilTheyExpireOrAreRevoked(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        let made = try await store.addAccessToken(
            personID: "jonas-odegard", label: "skript", tokenHash: "h1", expiresAt: Fixture.at(100), audit: nil, now: Fixture.at(10)
        )
        let other = try await store.addAccessToken(
            personID: "kari-vagen", label: "", tokenHash: "h2", expiresAt: Fixture.at(100), audit: nil, now: Fixture.at(11)
        )
        #expect(made.id != other.id && made.personID == "jonas-odegard" && made.label == "skript")
        await #expect(throws: StoreError.duplicateToken) {
            _ = try await store.addAccessToken(personID: "x", label: "", tokenHash: "h1", expiresAt: Fixture.at(100), audit: nil, now: Fixture.at(12))
        }
        #expect(try await store.accessToken(tokenHash: "h1", now: Fixture.at(99)) == made)
        #expect(try await store.accessToken(tokenHash: "h1", now: Fixture.at(100)) == nil, "expired at its expiry")
        #expect(try await store.accessToken(tokenHash: "nope", now: Fixture.at(20)) == nil)
        #expect(try await store.revokeAccessToken(id: made.id, audit: nil, now: Fixture.at(30)))
        #expect(try await !store.revokeAccessToken(id: made.id, audit: nil, now: Fixture.at(31)))
        #expect(try await store.accessToken(tokenHash: "h1", now: Fixture.at(32)) == nil)
        #expect(try await store.accessTokens().map(\.id) == [made.id, other.id])
        #expect(try await store.accessTokens().first?.revokedAt == Fixture.at(30))
    }

    /// A sign-in ended before its token expired is remembered until the token would be
    /// refused anyway, then forgotten (by the next ending).
    @Test(arguments: StoreImplementation.allCases)
    func endedSignInsAreRememberedUntilTheirTokensExpire(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        #expect(try await !store.signInEnded(tokenHash: "t1", now: Fixture.at(10)))
        try await store.endSignIn(tokenHash: "t1", acceptedUntil: Fixture.at(100), now: Fixture.at(10))
        try await store.endSignIn(tokenHash: "t1", acceptedUntil: Fixture.at(50), now: Fixture.at(11))
        #expect(try await store.signInEnded(tokenHash: "t1", now: Fixture.at(99)))
        #expect(try await !store.signInEnded(tokenHash: "t2", now: Fixture.at(99)))
        // Ending another forgets t1 once t1 would be refused anyway (the later of its two ends).
        try await store.endSignIn(tokenHash: "t2", acceptedUntil: Fixture.at(300), now: Fixture.at(100))
        #expect(try await store.signInEnded(tokenHash: "t1", now: Fixture.at(100)), "accepted through its last second")
        try await store.endSignIn(tokenHash: "t3", acceptedUntil: Fixture.at(300), now: Fixture.at(101))
        #expect(try await !store.signInEnded(tokenHash: "t1", now: Fixture.at(101)))
        #expect(try await store.signInEnded(tokenHash: "t2", now: Fixture.at(101)))
    }

    @Test(arguments: StoreImplementation.allCases)
    func theAuditLogKeepsHowTheActorWasKnown(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        let credentials: [Credential?] = [
            .operatorAccount("samkal"), .accessToken(7), .openIDConnect(issuer: "https://login.example.no/tenant/v2.0", subject: "a@b"), nil,
        ]
        for (index, credential) in credentials.enumerated() {
            try await store.recordAudit([AuditEntry(
                at: Fixture.at(200 + index), actorID: "kari-vagen", action: .readAudit, target: "t\(index)", allowed: true,
                rule: .internalControl, credential: credential
            )])
        }
        #expect(try await store.auditLog(limit: 4).map(\.credential) == credentials)
        // An entry made inside a request takes the request's credential.
        try await Credential.$current.withValue(.accessToken(9)) {
            try await store.recordAudit([AuditEntry(at: Fixture.at(300), actorID: "kari-vagen", action: .readAudit, target: "", allowed: true, rule: .internalControl)])
        }
        #expect(try await store.auditLog(limit: 1).first?.credential == .accessToken(9))
    }

    @Test func storedCredentialsReadBack() {
        for credential: Credential in [
            .operatorAccount("uid 1000"), .accessToken(12), .openIDConnect(issuer: "https://idp.example.no", subject: "user@kommune.no"),
        ] {
            #expect(Credential(stored: credential.stored) == credential)
        }
        #expect(Credential(stored: "token:x") == nil && Credential(stored: "other") == nil && Credential(stored: "oidc:nosubject") == nil)
        #expect(Credential.openIDConnect(issuer: "https://login.example.no/t/v2.0", subject: "s").text(in: .en) == "signed in via login.example.no")
    }

    @Test(arguments: StoreImplementation.allCases)
    func aPersonManagesTheirOwnTokensAndNobodyElses(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        let service = AccessTokenService(store: store)
        var random = CountingRandom()
        let own = try await service.create(
            for: "jonas-odegard", label: "", lifetimeDays: 90, by: .person("jonas-odegard"), now: Fixture.at(10), random: &random
        )
        #expect(own.token.expiresAt == UTCTimestamp(secondsSince1970: Fixture.at(10).secondsSince1970 + 90 * 86_400))
        #expect(AccessTokenSecret.looksValid(own.secret) && own.secret.hasPrefix("samkal_") && own.secret.count == 50)
        #expect(try await service.authenticate(secret: own.secret, now: Fixture.at(11))?.personID == "jonas-odegard")
        #expect(try await service.authenticate(secret: own.secret + "x", now: Fixture.at(11)) == nil)
        #expect(try await service.authenticate(secret: "samkal_" + String(repeating: "A", count: 43), now: Fixture.at(11)) == nil)

        // Making, listing or revoking someone else's is refused, and the refusal audited.
        await #expect(throws: AccessRefused(rule: .onlyOwnAccessTokens)) {
            _ = try await service.create(for: "kari-vagen", label: "", lifetimeDays: 90, by: .person("jonas-odegard"), now: Fixture.at(12), random: &random)
        }
        let refusal = try #require(try await store.auditLog(limit: 1).first)
        #expect(!refusal.allowed && refusal.actorID == "jonas-odegard" && refusal.action == .writeAccessTokens && refusal.target == "person:kari-vagen")
        await #expect(throws: AccessRefused(rule: .onlyOwnAccessTokens)) {
            _ = try await service.revoke(id: own.token.id, by: .person("kari-vagen"), now: Fixture.at(13))
        }
        // An unknown token is judged as someone else's: nobody learns which numbers exist.
        await #expect(throws: AccessRefused(rule: .onlyOwnAccessTokens)) {
            _ = try await service.revoke(id: 999, by: .person("kari-vagen"), now: Fixture.at(13))
        }
        let kari = try await service.create(for: "kari-vagen", label: "", lifetimeDays: 1, by: .operatorAccount("samkal"), now: Fixture.at(14), random: &random)
        #expect(try await service.list(by: .person("jonas-odegard"), now: Fixture.at(15)).map(\.id) == [own.token.id])
        #expect(try await service.list(by: .operatorAccount("samkal"), now: Fixture.at(15)).map(\.id) == [own.token.id, kari.token.id])

        // Revoked: refused from the next request on.
        #expect(try await service.revoke(id: own.token.id, by: .person("jonas-odegard"), now: Fixture.at(16)))
        #expect(try await service.authenticate(secret: own.secret, now: Fixture.at(17)) == nil)
        #expect(try await !service.revoke(id: own.token.id, by: .operatorAccount("samkal"), now: Fixture.at(18)))
        let last = try #require(try await store.auditLog(limit: 1).first)
        #expect(last.actorID == "jonas-odegard" && last.rule == .ownAccessTokens && last.target == "token:\(own.token.id)")
    }

    @Test(arguments: StoreImplementation.allCases)
    func anUnknownPersonOrALifetimeOutOfRangeIsRefusedBeforeAnythingIsStored(_ implementation: StoreImplementation) async throws {
        let store = try await Fixture.make(implementation).store
        let service = AccessTokenService(store: store)
        var random = CountingRandom()
        await #expect(throws: StoreError.unknownPerson("ola-nordmann")) {
            _ = try await service.create(for: "ola-nordmann", label: "", lifetimeDays: 9, by: .operatorAccount("samkal"), now: Fixture.at(1), random: &random)
        }
        for days in [0, 367] {
            await #expect(throws: AccessTokenProblem.lifetimeOutOfRange(days)) {
                _ = try await service.create(for: "kari-vagen", label: "", lifetimeDays: days, by: .operatorAccount("samkal"), now: Fixture.at(1), random: &random)
            }
        }
        #expect(try await store.accessTokens().isEmpty)
    }
}
