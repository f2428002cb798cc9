/// Where a meeting stands towards the people invited.
public enum MeetingStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Planned, not yet sent out.
    case tentative
    /// Sent out by the refugee service (innkalt).
    case confirmed
    /// No longer planned; kept so calendars remove it.
    case cancelled
}

/// One person at a meeting, with what the plan needs to publish them.
public struct MeetingAttendee: Sendable, Hashable, Codable {
    public let id: String
    public let name: String
    public let email: String
    public let partyID: String
    public let role: PersonRole
    /// The convener chairs the meeting.
    public let isConvener: Bool

    public init(id: String, name: String, email: String, partyID: String, role: PersonRole, isConvener: Bool) {
        self.id = id
        self.name = name
        self.email = email
        self.partyID = partyID
        self.role = role
        self.isConvener = isConvener
    }

    /// The same attendee as the convener.
    public var asConvener: MeetingAttendee {
        MeetingAttendee(id: id, name: name, email: email, partyID: partyID, role: role, isConvener: true)
    }

    public init(person: Person, isConvener: Bool) {
        self.init(
            id: person.id, name: person.name, email: person.email,
            partyID: person.partyID, role: person.role, isConvener: isConvener
        )
    }
}

/// A meeting placed in the calendar.
public struct PlannedMeeting: Sendable, Hashable, Codable, Identifiable {
    /// Stable across runs: agreement id, kind and period, never the clock or the order of work.
    public let uid: String
    public let kind: MeetingKind
    /// The period the meeting belongs to: `2027-spring`, `2027-W10`, `2027`.
    public let period: String
    public var title: String
    public var agenda: [String]
    public var date: LocalDate
    public var start: LocalTime
    public var end: LocalTime
    public let timeZoneID: String
    public var location: String
    /// The person id of the convener (ORGANIZER).
    public let organizerID: String
    /// Everyone invited, convener first.
    public var attendees: [MeetingAttendee]
    /// The participant a meeting is about, for participant meetings.
    public let participantID: String?
    public var sequence: Int
    public var status: MeetingStatus

    public var id: String { uid }

    public init(
        uid: String, kind: MeetingKind, period: String, title: String, agenda: [String],
        date: LocalDate, start: LocalTime, end: LocalTime, timeZoneID: String, location: String,
        organizerID: String, attendees: [MeetingAttendee], participantID: String?,
        sequence: Int, status: MeetingStatus
    ) {
        self.uid = uid
        self.kind = kind
        self.period = period
        self.title = title
        self.agenda = agenda
        self.date = date
        self.start = start
        self.end = end
        self.timeZoneID = timeZoneID
        self.location = location
        self.organizerID = organizerID
        self.attendees = attendees
        self.participantID = participantID
        self.sequence = sequence
        self.status = status
    }

    public var organizer: MeetingAttendee? {
        attendees.first { $0.id == organizerID }
    }

    public func involves(personID: String) -> Bool {
        attendees.contains { $0.id == personID }
    }

    public func involves(partyID: String) -> Bool {
        attendees.contains { $0.partyID == partyID }
    }
}
