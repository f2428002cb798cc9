import SamkalCore

/// Answers to invitations (iTIP REPLY), as matched to meetings and attendees.
public protocol ReplyStore: Sendable {
    /// Records answers, audited as `actorID`'s.
    func recordReplies(_ replies: [MeetingReply], actorID: String, now: UTCTimestamp) async throws
    func replies() async throws -> [MeetingReply]
}
