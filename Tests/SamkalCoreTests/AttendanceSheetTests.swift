import SamkalCore
import Testing

struct AttendanceSheetTests {
    static let meeting = InvitationPlannerTests.meeting(sequence: 1)

    @Test func declinedInviteesNotMarkedAreExcusedAndParticipantsAreTold() throws {
        let declined = MeetingReply(meetingUID: Self.meeting.uid, attendeeID: "b", sequence: 1, answer: .declined, stamp: UTCTimestamp(secondsSince1970: 10))
        let marks = try AttendanceSheet.marks(
            present: ["a"], absent: ["D-1"], excused: [], meeting: Self.meeting, people: ["a", "b"],
            answers: ReplyBook([declined]), declinedReason: "takket nei"
        )
        #expect(marks.map(\.attendeeID) == ["a", "D-1", "b"])
        #expect(marks.first { $0.attendeeID == "D-1" }?.isParticipant == true)
        #expect(marks.last == AttendanceMark(attendeeID: "b", isParticipant: false, status: .excused, reason: "takket nei"))
    }

    @Test func anAnswerToAnOlderVersionDoesNotExcuse() throws {
        let old = MeetingReply(meetingUID: Self.meeting.uid, attendeeID: "b", sequence: 0, answer: .declined, stamp: UTCTimestamp(secondsSince1970: 10))
        let marks = try AttendanceSheet.marks(present: [], absent: [], excused: [], meeting: Self.meeting, people: ["a", "b"], answers: ReplyBook([old]), declinedReason: "x")
        #expect(marks.isEmpty)
    }

    @Test func twiceMarkedOrExcusedWithoutAReasonIsRefused() {
        #expect(throws: AttendanceSheet.Problem.givenTwice(["a"])) {
            try AttendanceSheet.marks(present: ["a"], absent: ["a"], excused: [], meeting: Self.meeting, people: ["a"], answers: ReplyBook(), declinedReason: "")
        }
        #expect(throws: AttendanceSheet.Problem.excuseWithoutReason("a|")) {
            try AttendanceSheet.marks(present: [], absent: [], excused: ["a|"], meeting: Self.meeting, people: ["a"], answers: ReplyBook(), declinedReason: "")
        }
    }
}
