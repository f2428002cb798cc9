import SamkalCore
import Testing

struct PlanVersioningTests {
    static func plan(_ meetings: [PlannedMeeting], unplaced: [UnplacedMeeting] = []) -> Plan {
        Plan(
            agreementID: "a", agreementName: "A",
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), timeZoneID: "Europe/Oslo", language: .nb,
            meetings: meetings, warnings: [], unplaced: unplaced
        )
    }

    static func meeting(_ uid: String, _ date: String, start: Int = 9, location: String = "Rådhuset") -> PlannedMeeting {
        PlannedMeeting(
            uid: uid, kind: .leaderMeeting, period: "p", title: "Ledermøte", agenda: [],
            date: LocalDate(iso: date)!, start: LocalTime(hour: start, minute: 0)!, end: LocalTime(hour: start + 1, minute: 0)!,
            timeZoneID: "Europe/Oslo", location: location, organizerID: "k",
            attendees: [MeetingAttendee(id: "k", name: "K", email: "k@x.no", partyID: "f", role: .contactPerson, isConvener: true)],
            participantID: nil, sequence: 0, status: .tentative
        )
    }

    @Test func newMeetingsAreAddedWithSequenceZero() {
        let outcome = PlanVersioning.reconcile(stored: [], with: Self.plan([Self.meeting("m1", "2027-03-02")]))
        #expect(outcome.changes.map(\.kind) == [.added])
        #expect(outcome.plan.meetings.first?.sequence == 0)
    }

    @Test func anUnchangedMeetingKeepsItsSequenceAndStatus() {
        var stored = Self.meeting("m1", "2027-03-02")
        stored.sequence = 3
        stored.status = .confirmed
        let outcome = PlanVersioning.reconcile(stored: [stored], with: Self.plan([Self.meeting("m1", "2027-03-02")]))
        #expect(outcome.changes.isEmpty)
        #expect(outcome.changedMeetings.isEmpty)
        #expect(outcome.plan.meetings.first?.sequence == 3)
        #expect(outcome.plan.meetings.first?.status == .confirmed)
    }

    @Test func aMovedMeetingKeepsItsUIDAndBumpsSequence() {
        let stored = Self.meeting("m1", "2027-03-02")
        let outcome = PlanVersioning.reconcile(stored: [stored], with: Self.plan([Self.meeting("m1", "2027-03-09")]))
        #expect(outcome.changes.map(\.kind) == [.moved])
        #expect(outcome.plan.meetings.map(\.uid) == ["m1"])
        #expect(outcome.plan.meetings.first?.sequence == 1)
        let relocated = PlanVersioning.reconcile(stored: [stored], with: Self.plan([Self.meeting("m1", "2027-03-02", location: "NAV")]))
        #expect(relocated.plan.meetings.first?.sequence == 1)
    }

    @Test func aMeetingNoLongerPlannedIsKeptAsCancelled() {
        let stored = [Self.meeting("m1", "2027-03-02"), Self.meeting("m2", "2027-04-06")]
        let outcome = PlanVersioning.reconcile(stored: stored, with: Self.plan([Self.meeting("m1", "2027-03-02")]))
        let cancelled = outcome.plan.meetings.first { $0.uid == "m2" }
        #expect(cancelled?.status == .cancelled)
        #expect(cancelled?.sequence == 1)
        #expect(outcome.changes.map(\.kind) == [.cancelled])
        #expect(outcome.changes.first?.reason == .noLongerRequired)

        // Planning again leaves it cancelled, with no new change.
        let again = PlanVersioning.reconcile(stored: [stored[0], cancelled!], with: Self.plan([Self.meeting("m1", "2027-03-02")]))
        #expect(again.changes.isEmpty)
        #expect(again.plan.meetings.first { $0.uid == "m2" }?.sequence == 1)
    }

    @Test func anUnplaceableMeetingIsCancelledWithThatReason() {
        let stored = Self.meeting("m2", "2027-04-06")
        let unplaced = UnplacedMeeting(uid: "m2", kind: .leaderMeeting, period: "p", title: "L", participantID: nil,
                                       note: .noMeetingDay(window: DateSpan(first: LocalDate(iso: "2027-04-01")!, last: LocalDate(iso: "2027-04-02")!)!))
        let outcome = PlanVersioning.reconcile(stored: [stored], with: Self.plan([], unplaced: [unplaced]))
        #expect(outcome.changes.first?.reason == .cannotBePlaced)
    }

    @Test func aCancelledMeetingThatReturnsIsRestored() {
        var stored = Self.meeting("m1", "2027-03-02")
        stored.status = .cancelled
        stored.sequence = 1
        let outcome = PlanVersioning.reconcile(stored: [stored], with: Self.plan([Self.meeting("m1", "2027-03-02")]))
        #expect(outcome.changes.map(\.kind) == [.restored])
        #expect(outcome.plan.meetings.first?.sequence == 2)
        #expect(outcome.plan.meetings.first?.status == .tentative)
    }

    @Test func meetingsOutsideTheRangeAreLeftAlone() {
        let stored = Self.meeting("m9", "2028-03-07")
        let outcome = PlanVersioning.reconcile(stored: [stored], with: Self.plan([]))
        #expect(outcome.changes.isEmpty)
        #expect(outcome.plan.meetings.isEmpty)
    }
}
