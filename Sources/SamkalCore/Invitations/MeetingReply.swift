/// An attendee's answer to one version (SEQUENCE) of a meeting. An answer to an older
/// version says nothing about the current one, so it is only shown while the meeting
/// keeps that SEQUENCE.
public struct MeetingReply: Sendable, Hashable, Codable {
    public let meetingUID: String
    public let attendeeID: String
    public let sequence: Int
    public let answer: ParticipationAnswer
    /// The reply's DTSTAMP: of two answers to the same version, the later one counts.
    public let stamp: UTCTimestamp
    public let comment: String?
    /// When samkal recorded it (a change to the feeds it shows in: their Last-Modified).
    public let receivedAt: UTCTimestamp?

    public init(
        meetingUID: String, attendeeID: String, sequence: Int, answer: ParticipationAnswer, stamp: UTCTimestamp,
        comment: String? = nil, receivedAt: UTCTimestamp? = nil
    ) {
        self.meetingUID = meetingUID
        self.attendeeID = attendeeID
        self.sequence = sequence
        self.answer = answer
        self.stamp = stamp
        self.comment = comment
        self.receivedAt = receivedAt
    }
}

/// The answers in force: by meeting UID, then attendee id, only those for the meeting's
/// current SEQUENCE.
public struct ReplyBook: Sendable, Hashable {
    private var answers: [String: [String: MeetingReply]]

    public init(_ replies: [MeetingReply] = []) {
        answers = [:]
        for reply in replies { answers[reply.meetingUID, default: [:]][reply.attendeeID] = reply }
    }

    /// The answer of `attendeeID` to `meeting` as it now stands, if they gave one.
    public func answer(of attendeeID: String, to meeting: PlannedMeeting) -> ParticipationAnswer? {
        guard let reply = answers[meeting.uid]?[attendeeID], reply.sequence == meeting.sequence else { return nil }
        return reply.answer
    }

    public var isEmpty: Bool { answers.isEmpty }

    /// When the latest answer in force for `meeting` was recorded.
    public func lastReceived(for meeting: PlannedMeeting) -> UTCTimestamp? {
        answers[meeting.uid]?.values.filter { $0.sequence == meeting.sequence }.compactMap(\.receivedAt).max()
    }
}
