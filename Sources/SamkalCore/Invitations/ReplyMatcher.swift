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
    /// RFC 5546: a REPLY carries exactly one ATTENDEE, the one answering.
    case notExactlyOneAttendee(uid: String, count: Int)
    /// The answer is for someone other than whoever sent it (the mail's From, or the
    /// address the operator vouches for with `--from`).
    case senderMismatch(uid: String, attendee: String, sender: String)
    /// DTSTAMP later than now plus the allowed clock skew: it would block every later answer.
    case stampInFuture(uid: String, stamp: UTCTimestamp)
}

/// Matches iTIP replies to meetings: on UID and attendee address (case-insensitive),
/// RECURRENCE-ID when given; ORGANIZER is not required (Outlook leaves it out). A reply
/// counts only for the person who sent it: exactly one ATTENDEE (RFC 5546), whose address
/// is the sender's, with a DTSTAMP no later than `now` plus `allowedSkewSeconds`. Pure.
public enum ReplyMatcher {
    /// How far a reply's DTSTAMP may be ahead of our clock (the sender's clock may run fast).
    public static let defaultSkewSeconds = 300

    public static func match(
        _ replies: [IncomingReply], sender: String, meetings: [String: PlannedMeeting], recorded: [MeetingReply],
        now: UTCTimestamp, allowedSkewSeconds: Int = defaultSkewSeconds
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
            guard reply.answers.count == 1 else { return .failure(.notExactlyOneAttendee(uid: reply.uid, count: reply.answers.count)) }
            guard reply.stamp.secondsSince1970 <= now.secondsSince1970 + allowedSkewSeconds else {
                return .failure(.stampInFuture(uid: reply.uid, stamp: reply.stamp))
            }
            for answer in reply.answers {
                let email = answer.email
                guard email.lowercased() == sender.lowercased() else {
                    return .failure(.senderMismatch(uid: reply.uid, attendee: email, sender: sender))
                }
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
