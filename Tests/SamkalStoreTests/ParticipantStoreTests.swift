import SamkalCore
import SamkalStore
import Testing

struct ParticipantStoreTests {
    @Test(arguments: StoreImplementation.allCases) func importStoresEveryParticipant(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let stored = try await fixture.store.participants(agreementID: fixture.agreement.id)
        #expect(stored.map(\.id) == ["D-0042", "D-0043", "D-0044", "D-0045", "D-0046"])
        #expect(try await fixture.store.participant(id: "D-0043")?.parentalLeave.count == 1)
    }

    @Test(arguments: StoreImplementation.allCases) func reimportUpdatesByID(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        var changed = try #require(try await fixture.store.participant(id: "D-0044"))
        changed.plannedEnd = LocalDate(iso: "2028-04-14")!
        let same = try #require(try await fixture.store.participant(id: "D-0045"))
        let summary = try await fixture.store.importParticipants([changed, same], agreement: fixture.agreement, now: StoreFixture.at(10))
        #expect(summary == ImportSummary(inserted: 0, updated: 1))
        #expect(try await fixture.store.participant(id: "D-0044")?.plannedEnd == LocalDate(iso: "2028-04-14"))
        #expect(try await fixture.store.participants(agreementID: fixture.agreement.id).count == 5)
    }

    @Test(arguments: StoreImplementation.allCases) func endingAProgrammeIsRecorded(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let ended = try await fixture.store.endParticipant(id: "D-0042", on: LocalDate(iso: "2027-06-30")!, now: StoreFixture.at(10))
        #expect(ended.lastDay == LocalDate(iso: "2027-06-30"))
        await #expect(throws: StoreError.unknownParticipant("D-9999")) {
            _ = try await fixture.store.endParticipant(id: "D-9999", on: LocalDate(iso: "2027-06-30")!, now: StoreFixture.at(10))
        }
    }
}
