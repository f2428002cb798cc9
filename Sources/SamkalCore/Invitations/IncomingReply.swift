/// An iTIP REPLY as read from a file or an email: one VEVENT's worth.
public struct IncomingReply: Sendable, Hashable {
    /// One ATTENDEE of a reply: an address and its answer.
    public struct Answer: Sendable, Hashable {
        public let email: String
        public let answer: ParticipationAnswer

        public init(email: String, answer: ParticipationAnswer) {
            self.email = email
            self.answer = answer
        }
    }

    public let uid: String
    /// RECURRENCE-ID's date, when the reply is about one occurrence.
    public let recurrenceDate: LocalDate?
    public let sequence: Int
    public let stamp: UTCTimestamp
    public let answers: [Answer]
    public let comment: String?

    public init(uid: String, recurrenceDate: LocalDate?, sequence: Int, stamp: UTCTimestamp, answers: [Answer], comment: String?) {
        self.uid = uid
        self.recurrenceDate = recurrenceDate
        self.sequence = sequence
        self.stamp = stamp
        self.answers = answers
        self.comment = comment
    }
}
