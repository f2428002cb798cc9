import SamkalCore
import Testing

/// Another agreement's meetings are busy time: a stored meeting they now collide with moves,
/// and says why.
struct BookedElsewhereTests {
    @Test func aStoredMeetingTakenByAnotherAgreementMovesAndSaysSo() throws {
        let agreement = try PlannerTests.exampleAgreement()
        let range = DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!
        let stamp = UTCTimestamp(date: LocalDate(iso: "2026-11-01")!)
        let first = Planner.plan(PlanRequest(agreement: agreement, range: range, stamp: stamp, identity: .testing))
        let meeting = try #require(first.meetings.first { $0.kind == .cooperationMeeting && $0.attendees.contains { $0.id == "marit-fjaerli" } })
        // Marit Fjærli now has a meeting of another agreement exactly then.
        let taken = BusyInterval(date: meeting.date, start: meeting.start.minutes, end: meeting.end.minutes)
        let again = Planner.plan(PlanRequest(
            agreement: agreement, range: range, stamp: stamp, elsewhere: ["marit-fjaerli": [taken]], previous: first.meetings, identity: .testing
        ))
        let moved = try #require(again.meetings.first { $0.uid == meeting.uid })
        #expect(moved.date != meeting.date || moved.start != meeting.start)
        #expect(again.moves[meeting.uid] == .bookedElsewhere(people: ["Marit Fjærli"]))
        #expect(again.moves[meeting.uid]?.message(in: .nb) == "flyttet: Marit Fjærli har et møte i en annen avtale da")
        // Nothing else of the plan moved.
        #expect(again.moves.keys.sorted() == [meeting.uid])
    }
}
