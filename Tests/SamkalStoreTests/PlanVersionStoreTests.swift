import Foundation
import SamkalCore
import SamkalStore
import Synchronization
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

    /// A first plan the size of a large municipality's year is written in batches, with the
    /// participant and person indexes built after the rows: every meeting and attendee
    /// reads back as written, and the next plan reconciles with them as with any other.
    @Test(arguments: StoreImplementation.allCases) func aLargeFirstPlanReadsBackWhole(_ implementation: StoreImplementation) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-large-\(UUID().uuidString)")
        let store = try implementation.make(in: directory)
        let fixture = try await StoreFixture.make(implementation)
        let template = try #require(fixture.plan.meetings.max { $0.attendees.count < $1.attendees.count })
        let meetings = (0..<6_000).map { index -> PlannedMeeting in
            PlannedMeeting(
                uid: String(format: "%032x@large.example", index), kind: template.kind, period: "t\(index)",
                title: template.title, agenda: template.agenda, date: template.date.adding(days: index % 300),
                start: template.start, end: template.end, timeZoneID: template.timeZoneID, location: template.location,
                organizerID: template.organizerID, attendees: Array(template.attendees.prefix(1 + index % template.attendees.count)),
                participantID: String(format: "D-%05d", index % 700), sequence: 0, status: .tentative
            )
        }.sorted { ($0.date, $0.start, $0.uid) < ($1.date, $1.start, $1.uid) }
        let range = DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2028-12-31")!)!
        let plan = Plan(
            agreementID: fixture.agreement.id, agreementName: fixture.agreement.name, range: range,
            stamp: StoreFixture.at(0), timeZoneID: fixture.agreement.timeZoneID, language: .nb,
            meetings: meetings, warnings: [], unplaced: []
        )
        let first = try await store.recordPlan(plan, agreement: fixture.agreement, now: StoreFixture.at(1))
        #expect(first.changes.count == 6_000)
        #expect(first.changes.allSatisfy { $0.kind == .added })
        #expect(try await store.meetings(agreementID: fixture.agreement.id) == meetings.sorted { ($0.date, $0.uid) < ($1.date, $1.uid) })
        // The next version: one meeting gone, one moved, the rest unchanged.
        var next = plan
        next.meetings.removeFirst()
        next.meetings[0].start = LocalTime(minutes: next.meetings[0].start.minutes + 60)!
        next.meetings[0].end = LocalTime(minutes: next.meetings[0].end.minutes + 60)!
        let second = try await store.recordPlan(next, agreement: fixture.agreement, now: StoreFixture.at(2))
        #expect(second.changes.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.cancelled, .moved])
        let summary = try #require(try await store.latestPlanVersion(agreementID: fixture.agreement.id))
        #expect(summary.number == 2)
        #expect(try await store.meeting(uid: meetings[0].uid)?.status == .cancelled)
    }

    /// A snapshot of the stored meetings read before the plan's transaction is used only
    /// while nothing was committed since; after any commit the store reads them again.
    @Test(arguments: StoreImplementation.allCases) func aSnapshotIsUsedOnlyWhileNothingWasCommitted(_ implementation: StoreImplementation) async throws {
        let fixture = try await StoreFixture.make(implementation)
        let computed = fixture.plan
        let seen = Mutex<[String]>([])
        let planning: @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan = { previous, _ in
            seen.withLock { $0.append(previous.first?.location ?? "") }
            return computed
        }
        // A snapshot marked so that its use shows: its first meeting elsewhere.
        func marked(_ snapshot: MeetingsSnapshot) -> MeetingsSnapshot {
            var meetings = snapshot.meetings
            meetings[0].location = "snapshot"
            return MeetingsSnapshot(meetings: meetings, stamp: snapshot.stamp)
        }
        // Still current: the snapshot is what planning is given.
        let fresh = try await fixture.store.meetingsSnapshot(agreementID: fixture.agreement.id)
        #expect(fresh.meetings == (try await fixture.store.meetings(agreementID: fixture.agreement.id)))
        _ = try await fixture.store.recordPlan(
            agreement: fixture.agreement, audit: nil, now: StoreFixture.at(10),
            previous: marked(fresh), planning: planning, reconciled: { _ in }
        )
        // Stale (a commit came between): the stored meetings are read again.
        let stale = try await fixture.store.meetingsSnapshot(agreementID: fixture.agreement.id)
        try await fixture.store.recordAudit([AuditEntry(
            at: StoreFixture.at(11), actorID: "kari-vagen", action: .plan, target: fixture.agreement.id, allowed: true, rule: .runsProgramme
        )])
        _ = try await fixture.store.recordPlan(
            agreement: fixture.agreement, audit: nil, now: StoreFixture.at(12),
            previous: marked(stale), planning: planning, reconciled: { _ in }
        )
        #expect(seen.withLock { $0 } == ["snapshot", fresh.meetings[0].location])
    }
}
