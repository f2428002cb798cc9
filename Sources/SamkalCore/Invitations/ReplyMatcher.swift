/// What became of one incoming reply.
public enum ReplyOutcome: Sendable, Hashable {
    /// The answer is recorded.
    case recorded(MeetingReply)
    /// An answer to an older version of the meeting (its SEQUENCE is lower): ignored.
    case stale(uid: String, attendeeID: String, replySequence: Int, meetingSequence: Int)
    /// An older answer than the one already recorded for this version: ignored.
    case superseded(uid: String, attendeeID: String)
}

/// A reply that cannot be matched: nothing is recorded from a file with one of these.
public enum ReplyProblem: Error, Sendable, Hashable {
    case unknownMeeting(uid: String)
    case unknownAttendee(uid: String, email: String)
    case noAttendee(uid: String)
    case occurrenceMismatch(uid: String, date: LocalDate)
}

/// Matches iTIP replies to meetings: on UID and attendee address (case-insensitive),
/// RECURRENCE-ID when given; ORGANIZER is not required (Outlook leaves it out). Pure.
public enum ReplyMatcher {
    public static func match(
        _ replies: [IncomingReply], meetings: [String: PlannedMeeting], recorded: [MeetingReply]
    ) -> Result<[ReplyOutcome], ReplyProblem> {
        var latest: [String: MeetingReply] = [:]
        for reply in recorded { latest[reply.meetingUID + "\u{0}" + reply.attendeeID] = reply }
        var outcomes: [ReplyOutcome] = []
        for reply in replies {
            guard let meeting = meetings[reply.uid] else { return .failure(.unknownMeeting(uid: reply.uid)) }
            if let date = reply.recurrenceDate, date != meeting.date {
                return .failure(.occurrenceMismatch(uid: reply.uid, date: date))
            }
            guard !reply.answers.isEmpty else { return .failure(.noAttendee(uid: reply.uid)) }
            for answer in reply.answers {
                let email = answer.email
                guard let attendee = meeting.attendees.first(where: { $0.email.lowercased() == email.lowercased() }) else {
                    return .failure(.unknownAttendee(uid: reply.uid, email: email))
                }
                if reply.sequence < meeting.sequence {
                    outcomes.append(.stale(uid: reply.uid, attendeeID: attendee.id, replySequence: reply.sequence, meetingSequence: meeting.sequence))
                    continue
                }
                let key = meeting.uid + "\u{0}" + attendee.id
                if let previous = latest[key], previous.sequence == meeting.sequence, previous.stamp > reply.stamp {
                    outcomes.append(.superseded(uid: reply.uid, attendeeID: attendee.id))
                    continue
                }
                let recordedReply = MeetingReply(
                    meetingUID: meeting.uid, attendeeID: attendee.id, sequence: meeting.sequence,
                    answer: answer.answer, stamp: reply.stamp, comment: reply.comment
                )
                latest[key] = recordedReply
                outcomes.append(.recorded(recordedReply))
            }
        }
        return .success(outcomes)
    }
}
