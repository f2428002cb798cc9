import SamkalCore
import SamkalStore
import Testing

struct PlanVersionStoreTests {
    static func replan(_ fixture: StoreFixture, agreement: Agreement, at seconds: Int) async throws -> PlanVersion {
        let computed = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), identity: .testing
        ))
        return try await fixture.store.recordPlan(computed, agreement: agreement, now: StoreFixture.at(seconds))
    }

    @Test(arguments: StoreImplementation.allCases) func planningAgainChangesNothing(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let again = try await Self.replan(fixture, agreement: fixture.agreement, at: 10)
        #expect(again.changes.isEmpty)
        #expect(again.plan.meetings == fixture.plan.meetings)
        #expect(again.number == 2)
    }

    @Test(arguments: StoreImplementation.allCases) func aMovedMeetingKeepsItsUIDAndGetsSequencePlusOne(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        // The leader meetings move from Tuesday to Thursday.
        let path = StoreFixture.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        var yaml = try String(contentsOfFile: path, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "  weekday: tuesday\n  time: \"09:00\"", with: "  weekday: thursday\n  time: \"09:00\"")
        let moved = try AgreementParser.parse(yaml: yaml, file: path).resolved(calendarPeriods: [])
        let version = try await Self.replan(fixture, agreement: moved, at: 10)
        let before = fixture.meeting(.leaderMeeting, "2027-spring")
        let after = try #require(version.plan.meetings.first { $0.uid == before.uid })
        #expect(after.date.weekday == .thursday)
        #expect(after.sequence == before.sequence + 1)
        #expect(version.changes.contains { $0.uid == before.uid && $0.kind == .moved })
        let stored = try await fixture.store.meeting(uid: before.uid)
        #expect(stored?.sequence == 1)
        let diff = try #require(try await fixture.store.latestPlanVersion(agreementID: fixture.agreement.id))
        #expect(diff.number == version.number)
        #expect(diff.changes.filter { $0.kind == .moved }.count >= 2)
    }

    @Test(arguments: StoreImplementation.allCases) func aMeetingNoLongerPlannedStaysAsCancelled(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let path = StoreFixture.repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        var yaml = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(yaml.range(of: "# §6: informasjonsmøte"))
        let end = try #require(yaml.range(of: "# Skoleferiene i Trøndelag"))
        yaml.removeSubrange(start.lowerBound..<end.lowerBound)
        let withoutInfo = try AgreementParser.parse(yaml: yaml, file: path).resolved(calendarPeriods: [])
        let version = try await Self.replan(fixture, agreement: withoutInfo, at: 10)
        let info = fixture.plan.meetings.filter { $0.kind == .infoMeeting }
        #expect(info.count == 2)
        for meeting in info {
            let kept = try #require(version.plan.meetings.first { $0.uid == meeting.uid })
            #expect(kept.status == .cancelled)
            #expect(kept.sequence == meeting.sequence + 1)
            #expect(try await fixture.store.meeting(uid: meeting.uid)?.status == .cancelled)
        }
        #expect(version.changes.filter { $0.kind == .cancelled }.count == 2)
    }
}
