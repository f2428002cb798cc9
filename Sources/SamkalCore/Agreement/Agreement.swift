/// A cooperation agreement (samarbeidsavtale) as samkal understands it: the parties,
/// their people, and the rules for the meetings they hold.
public struct Agreement: Sendable, Hashable, Codable {
    public let id: String
    public let name: String
    /// The municipality whose refugee service runs the programme (for a participant
    /// whose home municipality is not written); nil if the file does not say.
    public var municipality: String? = nil
    /// The date the agreement was last revised; the default DTSTAMP of its plans.
    public let revised: LocalDate?
    /// An IANA zone id, `Europe/Oslo` unless the file says otherwise.
    public let timeZoneID: String
    public let workingHours: WorkingHours
    public let meetingWeekdays: Set<Weekday>
    /// The domain part of meeting UIDs.
    public let uidDomain: String
    public let parties: [Party]
    /// Everyone in the agreement, by id.
    public let people: [String: Person]
    public let leaderMeetings: WindowedMeetingRule?
    public let revision: RevisionRule?
    public let cooperationMeetings: SeriesMeetingRule?
    public let infoMeetings: WindowedMeetingRule?
    /// The rules for each participant's meetings (defaults where the file says nothing).
    public let participantMeetings: ParticipantMeetingRules
    /// Rooms that can be booked for participant meetings.
    public let rooms: [Room]
    /// School holidays and other periods to avoid: given in the file, and read from the
    /// calendars it names (`AgreementDraft`).
    public var avoidPeriods: [AvoidPeriod]
    /// iCalendar files of periods to avoid, not yet read.

    public init(
        id: String,
        name: String,
        revised: LocalDate?,
        timeZoneID: String,
        workingHours: WorkingHours,
        meetingWeekdays: Set<Weekday>,
        uidDomain: String,
        parties: [Party],
        people: [String: Person],
        leaderMeetings: WindowedMeetingRule?,
        revision: RevisionRule?,
        cooperationMeetings: SeriesMeetingRule?,
        infoMeetings: WindowedMeetingRule?,
        participantMeetings: ParticipantMeetingRules = ParticipantMeetingRules(),
        rooms: [Room] = [],
        avoidPeriods: [AvoidPeriod]
    ) {
        self.id = id
        self.name = name
        self.revised = revised
        self.timeZoneID = timeZoneID
        self.workingHours = workingHours
        self.meetingWeekdays = meetingWeekdays
        self.uidDomain = uidDomain
        self.parties = parties
        self.people = people
        self.leaderMeetings = leaderMeetings
        self.revision = revision
        self.cooperationMeetings = cooperationMeetings
        self.infoMeetings = infoMeetings
        self.participantMeetings = participantMeetings
        self.rooms = rooms
        self.avoidPeriods = avoidPeriods
    }

    public func party(_ id: String) -> Party? {
        parties.first { $0.id == id }
    }

    /// People sorted by id, for stable output.
    public var sortedPeople: [Person] {
        people.values.sorted { $0.id < $1.id }
    }
}

extension Agreement {
    /// Reads agreements stored by earlier versions too: participant-meeting rules and rooms
    /// came later, and a store written before them gets the defaults the agreement file
    /// would have given.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            revised: try container.decodeIfPresent(LocalDate.self, forKey: .revised),
            timeZoneID: try container.decode(String.self, forKey: .timeZoneID),
            workingHours: try container.decode(WorkingHours.self, forKey: .workingHours),
            meetingWeekdays: try container.decode(Set<Weekday>.self, forKey: .meetingWeekdays),
            uidDomain: try container.decode(String.self, forKey: .uidDomain),
            parties: try container.decode([Party].self, forKey: .parties),
            people: try container.decode([String: Person].self, forKey: .people),
            leaderMeetings: try container.decodeIfPresent(WindowedMeetingRule.self, forKey: .leaderMeetings),
            revision: try container.decodeIfPresent(RevisionRule.self, forKey: .revision),
            cooperationMeetings: try container.decodeIfPresent(SeriesMeetingRule.self, forKey: .cooperationMeetings),
            infoMeetings: try container.decodeIfPresent(WindowedMeetingRule.self, forKey: .infoMeetings),
            participantMeetings: try container.decodeIfPresent(ParticipantMeetingRules.self, forKey: .participantMeetings)
                ?? ParticipantMeetingRules(),
            rooms: try container.decodeIfPresent([Room].self, forKey: .rooms) ?? [],
            avoidPeriods: try container.decode([AvoidPeriod].self, forKey: .avoidPeriods)
        )
        municipality = try container.decodeIfPresent(String.self, forKey: .municipality)
    }
}
