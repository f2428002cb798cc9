import ICalendar
import SamkalCore
import SamkalPublishing
import Testing

struct InvitationBuilderTests {
    @Test func everyInvitationOfTheExamplePassesTheRulesOfItsMethod() throws {
        let (agreement, plan) = try FeedBuilderTests.examplePlan()
        let tasks = InvitationPlanner.due(meetings: plan.meetings, sent: [], today: plan.range.first)
        #expect(!tasks.isEmpty)
        for task in tasks {
            for method in InvitationMethod.allCases {
                let calendar = InvitationBuilder().calendar(
                    for: InvitationTask(meeting: task.meeting, attendee: task.attendee, method: method),
                    agreement: agreement, participants: [:], replies: ReplyBook(), stamp: plan.stamp, language: .nb
                )
                let text = try calendar.serialized()
                let report = ICalValidator.validate(text)
                #expect(report.isValid, "\(method) \(task.meeting.uid): \(report.problems)")
                #expect(text.contains("METHOD:\(method == .request ? "REQUEST" : "CANCEL")\r\n"))
                #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
                let event = try #require(try ICalCalendar.parse(text).first?.events.first)
                #expect(event.organizer?.email == task.meeting.organizer?.email)
                #expect(event.sequence == task.meeting.sequence)
                #expect(event.status == (method == .request ? .confirmed : .cancelled))
                #expect(event.attendees.contains { $0.email == task.attendee.email && $0.rsvp == (method == .request) })
            }
        }
    }

    @Test func anAnswerShowsAsPartstatUntilTheMeetingChanges() throws {
        let (agreement, plan) = try FeedBuilderTests.examplePlan()
        let meeting = try #require(plan.meetings.first { $0.kind == .leaderMeeting })
        let attendee = try #require(meeting.attendees.first { !$0.isConvener })
        let replies = ReplyBook([MeetingReply(meetingUID: meeting.uid, attendeeID: attendee.id, sequence: meeting.sequence, answer: .declined, stamp: plan.stamp)])
        let feed = FeedBuilder().calendar(for: .agreement, plan: plan, agreement: agreement, replies: replies)
        let event = try #require(feed.events.first { $0.uid == meeting.uid })
        #expect(event.attendees.first { $0.email == attendee.email }?.participationStatus == .declined)
        var moved = plan
        moved.meetings = plan.meetings.map { var copy = $0; if copy.uid == meeting.uid { copy.sequence += 1 }; return copy }
        let later = FeedBuilder().calendar(for: .agreement, plan: moved, agreement: agreement, replies: replies)
        #expect(later.events.first { $0.uid == meeting.uid }?.attendees.first { $0.email == attendee.email }?.participationStatus == .needsAction)
    }
}
