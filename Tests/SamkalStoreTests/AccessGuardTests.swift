import SamkalCore
import SamkalService
import SamkalStore
import Testing

/// The use cases' gate to the need-to-know rule, on every store: an admitted operation's
/// audit entry is handed back unwritten; a refusal is written at once and thrown.
struct AccessGuardTests {
    @Test(arguments: StoreImplementation.allCases) func aRefusalIsAuditedAndThrown(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let guarding = AccessGuard(store: fixture.store)
        let before = try await fixture.store.auditLog(limit: nil).count
        let admitted = try await guarding.admit(.convene(.plan), by: "kari-vagen", on: fixture.agreement, now: StoreFixture.at(10))
        #expect(admitted.allowed && admitted.action == .plan && admitted.target == fixture.agreement.id)
        #expect(try await fixture.store.auditLog(limit: nil).count == before)
        await #expect(throws: AccessRefused(rule: .onlyRefugeeServiceConvenes)) {
            try await guarding.admit(.convene(.plan), by: "jonas-odegard", on: fixture.agreement, now: StoreFixture.at(11))
        }
        let refusal = try #require(try await fixture.store.auditLog(limit: 1).first)
        #expect(!refusal.allowed && refusal.actorID == "jonas-odegard" && refusal.rule == .onlyRefugeeServiceConvenes)
    }

    @Test(arguments: StoreImplementation.allCases) func aListingShowsOnlyWhomTheReaderFollows(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let directory = ParticipantDirectory(store: fixture.store)
        let all = try await directory.list(fixture.agreement, as: "kari-vagen", now: StoreFixture.at(10))
        #expect(all.hidden == 0 && !all.visible.isEmpty)
        let nav = try await directory.list(fixture.agreement, as: "jonas-odegard", now: StoreFixture.at(11))
        #expect(nav.visible.allSatisfy { $0.navAdvisorID == "jonas-odegard" })
        #expect(nav.visible.count + nav.hidden == all.visible.count)
        await #expect(throws: AccessRefused(rule: .unknownPerson)) {
            try await directory.list(fixture.agreement, as: "ola-nordmann", now: StoreFixture.at(12))
        }
    }
}
