/// One message to send: a meeting as it now stands, to one attendee.
public struct InvitationTask: Sendable, Hashable {
    public let meeting: PlannedMeeting
    public let attendee: MeetingAttendee
    public let method: InvitationMethod

    public init(meeting: PlannedMeeting, attendee: MeetingAttendee, method: InvitationMethod) {
        self.meeting = meeting
        self.attendee = attendee
        self.method = method
    }
}
