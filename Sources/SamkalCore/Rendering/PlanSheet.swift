/// What the plan table shows (`PlanTable`): the same for a plan made here and for one a
/// server answered with (`PlanJSON.Document`), so both modes print the same table.
public struct PlanSheet: Sendable, Hashable {
    /// One line of the table.
    public struct Meeting: Sendable, Hashable {
        public let uid: String
        public let date: LocalDate
        public let start: LocalTime
        public let end: LocalTime
        public let title: String
        public let cancelled: Bool
        public let location: String
        public let convenerID: String
        /// The convener's name, or their id when they are not among the attendees.
        public let convener: String
        public let attendeeCount: Int
    }

    /// A warning under the table, about a meeting (`uid`) or the whole plan.
    public struct Warning: Sendable, Hashable {
        public let uid: String?
        public let message: String
    }

    /// A meeting that could not be placed, and why.
    public struct Unplaced: Sendable, Hashable {
        public let title: String
        public let reason: String

        public init(title: String, reason: String) {
            self.title = title
            self.reason = reason
        }
    }

    public let agreementName: String
    public let range: DateSpan
    public let timeZoneID: String
    public let language: Language
    public let meetings: [Meeting]
    public let warnings: [Warning]
    public let unplaced: [Unplaced]

    public init(_ plan: Plan) {
        agreementName = plan.agreementName
        range = plan.range
        timeZoneID = plan.timeZoneID
        language = plan.language
        meetings = plan.meetings.map { meeting in
            Meeting(
                uid: meeting.uid, date: meeting.date, start: meeting.start, end: meeting.end, title: meeting.title,
                cancelled: meeting.status == .cancelled, location: meeting.location, convenerID: meeting.organizerID,
                convener: meeting.organizer?.name ?? meeting.organizerID, attendeeCount: meeting.attendees.count
            )
        }
        warnings = plan.warnings.map { Warning(uid: $0.uid, message: $0.note.message(in: plan.language)) }
        unplaced = plan.unplaced.map { Unplaced(title: $0.title, reason: $0.note.message(in: plan.language)) }
    }

    /// The sheet of a plan document, its texts in `language` (the language it was made
    /// in); nil when a date or time in it is not one.
    public init?(_ document: PlanJSON.Document, language: Language) {
        guard let first = LocalDate(iso: document.from), let last = LocalDate(iso: document.to),
              let range = DateSpan(first: first, last: last)
        else { return nil }
        var meetings: [Meeting] = []
        meetings.reserveCapacity(document.meetings.count)
        for meeting in document.meetings {
            guard let (date, start) = Self.dateAndTime(meeting.start), let (_, end) = Self.dateAndTime(meeting.end) else { return nil }
            meetings.append(Meeting(
                uid: meeting.uid, date: date, start: start, end: end, title: meeting.title,
                cancelled: meeting.status == MeetingStatus.cancelled.rawValue, location: meeting.location, convenerID: meeting.organizer,
                convener: meeting.attendees.first { $0.id == meeting.organizer }?.name ?? meeting.organizer,
                attendeeCount: meeting.attendees.count
            ))
        }
        agreementName = document.name
        self.range = range
        timeZoneID = document.timeZone
        self.language = language
        self.meetings = meetings
        warnings = document.warnings.map { Warning(uid: $0.uid, message: $0.message) }
        unplaced = document.unplaced.map { Unplaced(title: $0.title, reason: $0.reason) }
    }

    /// The wall-clock day and time of an ISO 8601 local time with its offset
    /// (`2027-03-09T10:00:00+01:00`), as `PlanJSON` writes it.
    private static func dateAndTime(_ iso: String) -> (LocalDate, LocalTime)? {
        let characters = Array(iso.utf8)
        guard characters.count >= 16, characters[10] == UInt8(ascii: "T") else { return nil }
        guard let date = LocalDate(iso: String(decoding: characters[0..<10], as: UTF8.self)),
              let time = LocalTime(text: String(decoding: characters[11..<16], as: UTF8.self))
        else { return nil }
        return (date, time)
    }
}
