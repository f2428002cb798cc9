import Foundation
import SamkalCore
import SamkalStore
import Synchronization
import Testing

/// What only the PostgreSQL store has: its URL, TLS, several instances on one database
/// (change notification, one planner at a time), and what it says when the database is
/// away. The shared contract is the conformance suite (every test of this target).
struct DatabaseURLTests {
    @Test func aURLIsReadAndItsPasswordNeverShown() throws {
        let url = try DatabaseURL("postgres://samkal:hemmelig%2Fpassord@db.example.no:6432/kalender?sslmode=verify-full&sslrootcert=/etc/ca.pem&schema=region")
        #expect(url.host == "db.example.no" && url.port == 6432 && url.user == "samkal" && url.database == "kalender")
        #expect(url.tlsMode == .verifyFull && url.rootCertificate == "/etc/ca.pem" && url.schema == "region")
        #expect(url.description == "postgres://samkal@db.example.no:6432/kalender (schema region)")
        #expect(!"\(url)".contains("hemmelig") && !String(reflecting: url).contains("hemmelig"))
    }

    @Test func withoutAPasswordPGPASSWORDIsUsedAndTheDefaultsApply() throws {
        let url = try DatabaseURL("postgresql://samkal@db", environment: ["PGPASSWORD": "x"])
        #expect(url.port == 5432 && url.database == "samkal" && url.tlsMode == .prefer && url.schema == nil)
        #expect(url.description == "postgres://samkal@db:5432/samkal")
    }

    @Test(arguments: [
        ("mysql://samkal@db/x", DatabaseURL.Problem.notAURL), ("postgres:///x", .noHost), ("postgres://db/x", .noUser),
        ("postgres://u@db/x?sslmode=always", .unknownTLSMode("always")), ("postgres://u@db/x?timeout=3", .unknownParameter("timeout")),
        ("postgres://u@db/x?schema=Public", .badSchema("Public")), ("postgres://u@db/x?schema=a;drop", .badSchema("a;drop")),
    ])
    func aURLThatCannotBeUsedIsRefusedWithItsReason(_ text: String, _ problem: DatabaseURL.Problem) {
        #expect(throws: problem) { try DatabaseURL(text) }
    }
}

@Suite(.enabled(if: PostgresTestServer.isRequired || PostgresTestServer.url != nil))
struct PostgresStoreTests {
    /// Two instances on one schema: what one commits, the other's change stamp shows
    /// (LISTEN/NOTIFY) without being asked to read anything.
    @Test func aCommitOnOneInstanceChangesTheOthersStamp() async throws {
        let url = try PostgresTestServer.freshURL()
        let first = try PostgresStore(url: url, maximumConnections: 4)
        let second = try PostgresStore(url: url, maximumConnections: 4)
        _ = try await second.agreementIDs()
        let before = second.changeStamp()
        // The listener starts with the first stamp asked; give it its connection.
        try await Task.sleep(for: .milliseconds(300))
        _ = try await first.addFeed(kind: .person, subject: "ola-brattoy", label: "Ola", tokenHash: "h1", now: StoreFixture.at(1))
        let deadline = ContinuousClock.now + .seconds(5)
        while second.changeStamp() == before, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(second.changeStamp() != before)
        #expect(try await second.feed(tokenHash: "h1")?.subject == "ola-brattoy")
    }

    /// Two plans of one agreement at once, from two instances: one waits for the other
    /// (the planning lock), so the versions follow each other and the second plans on the
    /// first's meetings: nothing is stored twice.
    @Test func twoPlansOfOneAgreementAtOnceFollowEachOther() async throws {
        let url = try PostgresTestServer.freshURL()
        let fixture = try await StoreFixture.make(.sqlite)
        let waits = HeardWaits()
        let stores = try (0..<2).map { _ in
            try PostgresStore(url: url, maximumConnections: 4, planningWait: { id in waits.append(id) })
        }
        let plan = fixture.plan
        let versions = try await withThrowingTaskGroup(of: PlanVersion.self) { group in
            for store in stores {
                group.addTask {
                    try await store.recordPlan(agreement: fixture.agreement, audit: nil, now: StoreFixture.at(5), previous: nil, planning: { stored, _ in
                        // The first to hold the lock keeps it until the other is heard waiting for it.
                        let deadline = Date().addingTimeInterval(20)
                        while waits.all.isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
                        var planned = plan
                        if !stored.isEmpty { planned.meetings = stored }
                        return planned
                    }, reconciled: { _ in })
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(versions.map(\.number)).count == 2)
        let first = try #require(versions.min { $0.number < $1.number })
        let second = try #require(versions.max { $0.number < $1.number })
        #expect(first.changes.count == plan.meetings.count)
        #expect(second.changes.isEmpty, "the second plan saw the first's meetings")
        let stored = try await stores[0].meetings(agreementID: fixture.agreement.id)
        #expect(stored.count == plan.meetings.count)
        #expect(Set(stored.map(\.uid)).count == stored.count)
        #expect(waits.all == [fixture.agreement.id], "the one that waited was heard of, once")
    }

    /// A statement sent without waiting that the server refuses (text PostgreSQL cannot
    /// hold) fails the whole plan, and the connection goes back to the pool rolled back:
    /// the store's one connection serves the next plan as if nothing had happened.
    @Test func aRefusedStatementFailsThePlanAndLeavesTheConnectionUsable() async throws {
        let fixture = try await StoreFixture.make(.sqlite)
        let store = try PostgresStore(url: try PostgresTestServer.freshURL(), maximumConnections: 1)
        var refused = fixture.plan
        refused.meetings[refused.meetings.count - 1].title += "\u{0}"
        await #expect(throws: (any Error).self) { try await store.recordPlan(refused, agreement: fixture.agreement, now: StoreFixture.at(5)) }
        #expect(try await store.meetings(agreementID: fixture.agreement.id).isEmpty)
        _ = try await store.recordPlan(fixture.plan, agreement: fixture.agreement, now: StoreFixture.at(6))
        #expect(try await store.meetings(agreementID: fixture.agreement.id).count == fixture.plan.meetings.count)
    }

    @Test func aServerThatDoesNotAnswerIsSaidWhenTheLeaseTimeRunsOut() async throws {
        let store = try PostgresStore(url: try DatabaseURL("postgres://samkal:x@127.0.0.1:9/postgres?sslmode=disable"), leaseTimeout: .seconds(2))
        await #expect(throws: StoreUnavailable.unreachable("postgres://samkal@127.0.0.1:9/postgres")) { try await store.agreementIDs() }
        await #expect(throws: StoreUnavailable.self) { try await store.checkHealth() }
    }

    @Test func aWrongPasswordIsSaidAsSuchAtOnce() async throws {
        let good = try PostgresTestServer.freshURL()
        let wrong = try DatabaseURL("postgres://samkal:wrong@\(good.host):\(good.port)/\(good.database)?sslmode=disable")
        // Only the direct attempt made after a second tells a refusal from silence (the pool
        // retries and says nothing): `accessDenied` is its answer. No time is asserted here:
        // the whole suite shares two cores (what a user waits for is in the docs).
        await #expect(throws: StoreUnavailable.accessDenied(wrong.description)) {
            try await PostgresStore(url: wrong, leaseTimeout: .seconds(60)).agreementIDs()
        }
    }

    /// A store a newer samkal migrated is refused, not written to.
    @Test func aStoreOfANewerSamkalIsRefused() async throws {
        let url = try PostgresTestServer.freshURL()
        let store = try PostgresStore(url: url, maximumConnections: 2)
        _ = try await store.agreementIDs()
        try await store.recordAudit([])
        try await PostgresTestServer.execute("INSERT INTO samkalMigration (version, name) VALUES (99, 'from the future')", on: url)
        await #expect(throws: StoreUnavailable.self) { try await PostgresStore(url: url, maximumConnections: 2).agreementIDs() }
    }

    /// TLS with the certificate checked against the test cluster's own authority.
    @Test(.enabled(if: PostgresTestServer.authority != nil)) func verifyFullConnectsWithTheAuthorityAndRefusesWithoutIt() async throws {
        let plain = try PostgresTestServer.freshURL()
        let authority = try #require(PostgresTestServer.authority)
        let base = "postgres://samkal:\(PostgresTestServer.password ?? "")@127.0.0.1:\(plain.port)/postgres?schema=\(plain.schema ?? "")"
        let verified = try PostgresStore(url: try DatabaseURL(base + "&sslmode=verify-full&sslrootcert=\(authority)"), maximumConnections: 2)
        _ = try await verified.addFeed(kind: .party, subject: "nav-nord-fosen", label: "NAV", tokenHash: "t", now: StoreFixture.at(1))
        #expect(try await verified.feeds().count == 1)
        let required = try PostgresStore(url: try DatabaseURL(base + "&sslmode=require"), maximumConnections: 2)
        #expect(try await required.feeds().count == 1)
        let untrusted = try PostgresStore(url: try DatabaseURL(base + "&sslmode=verify-full"), maximumConnections: 2, leaseTimeout: .seconds(3))
        await #expect(throws: StoreUnavailable.self) { try await untrusted.feeds() }
    }
}

/// The agreements a store said it waited for, in order.
private final class HeardWaits: Sendable {
    private let heard = Mutex<[String]>([])
    func append(_ agreementID: String) { heard.withLock { $0.append(agreementID) } }
    var all: [String] { heard.withLock { $0 } }
}
