/// What a rule of the agreement says about one kind of meeting: who, where, what about.
public struct MeetingRule: Sendable, Hashable, Codable {
    public let kind: MeetingKind
    /// The title used instead of the kind's default.
    public let title: String?
    public let preference: SlotPreference
    /// Who convenes (kaller inn): a contact person of the refugee service.
    public let convenerID: String
    /// Everyone invited, convener first, without duplicates.
    public let attendeeIDs: [String]
    /// Agenda items (saksliste) from the agreement; `nil` for the default agenda of the kind.
    public let agenda: [String]?
    /// Whether school holidays are avoided (staff take leave then).
    public let avoidSchoolHolidays: Bool

    public init(
        kind: MeetingKind,
        title: String?,
        preference: SlotPreference,
        convenerID: String,
        attendeeIDs: [String],
        agenda: [String]?,
        avoidSchoolHolidays: Bool
    ) {
        self.kind = kind
        self.title = title
        self.preference = preference
        self.convenerID = convenerID
        self.attendeeIDs = attendeeIDs
        self.agenda = agenda
        self.avoidSchoolHolidays = avoidSchoolHolidays
    }
}

/// Meetings held once in each of a set of yearly windows (leader meetings, information meetings).
public struct WindowedMeetingRule: Sendable, Hashable, Codable {
    public let rule: MeetingRule
    public let windows: [MeetingWindow]

    public init(rule: MeetingRule, windows: [MeetingWindow]) {
        self.rule = rule
        self.windows = windows
    }
}

/// A series every N weeks on a weekday (the regular cooperation meetings).
public struct SeriesMeetingRule: Sendable, Hashable, Codable {
    public let rule: MeetingRule
    public let everyWeeks: Int
    /// The first meeting day of the series; later ones follow every `everyWeeks` weeks.
    public let firstDate: LocalDate

    public init(rule: MeetingRule, everyWeeks: Int, firstDate: LocalDate) {
        self.rule = rule
        self.everyWeeks = everyWeeks
        self.firstDate = firstDate
    }
}

/// The annual revision of the agreement and evaluation of the routines.
public enum RevisionRule: Sendable, Hashable, Codable {
    /// A meeting of its own in a yearly window.
    case ownMeeting(WindowedMeetingRule)
    /// An agenda item on the leader meeting of the named period (e.g. `autumn`); the
    /// default item text when `text` is `nil`.
    case agendaItem(ofLeaderMeetingIn: String, text: String?)
}
