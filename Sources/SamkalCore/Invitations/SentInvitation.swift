/// One invitation samkal has put in its outbox: to whom, for which version of a meeting.
/// The outbox holds each (meeting, attendee, sequence, method) once, which is what makes
/// delivery exactly-once.
public struct SentInvitation: Sendable, Hashable, Codable {
    public let meetingUID: String
    public let attendee: MeetingAttendee
    public let sequence: Int
    public let method: InvitationMethod

    public init(meetingUID: String, attendee: MeetingAttendee, sequence: Int, method: InvitationMethod) {
        self.meetingUID = meetingUID
        self.attendee = attendee
        self.sequence = sequence
        self.method = method
    }
}
