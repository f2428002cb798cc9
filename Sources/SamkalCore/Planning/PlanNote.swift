/// Why the planner warns about a meeting or could not place it. Rendered as a user text.
public enum PlanNote: Sendable, Hashable, Codable {
    /// Every meeting day in the window lies in a period to avoid, so one of those was used.
    case placedInAvoidPeriod(name: String, window: DateSpan)
    /// The window holds no meeting weekday that is not a public holiday.
    case noMeetingDay(window: DateSpan)
    /// Every free day and time in the window had someone busy; the busiest people are named.
    case attendeesBusy(window: DateSpan, people: [String])
    /// The plan runs past the school-holiday calendars the agreement gives.
    case schoolHolidaysNotCovered(covered: DateSpan?, planned: DateSpan)
    /// No interpreter in the agreement speaks the participant's language.
    case noInterpreter(language: String)
    /// Interpreters for the language exist but none is free when everyone else is.
    case interpretersBusy(language: String, window: DateSpan)
    /// No room is large enough for the meeting.
    case noRoom(people: Int)
    /// Rooms exist but none is free when everyone is.
    case roomsBusy(window: DateSpan)
    /// The meeting needs a person the participant does not have (e.g. a NAV advisor).
    case missingAttendee(role: PersonRole)
    /// Every working day of the window is in the participant's holiday or leave.
    case participantUnavailable(window: DateSpan)
    /// Why a meeting already planned could not keep its slot.
    case moved(MoveReason)

    public func message(in language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .placedInAvoidPeriod(let name, let window):
            return nb
                ? "lagt i \(name): vinduet \(Self.span(window, language)) har ingen annen arbeidsdag"
                : "placed in \(name): the window \(Self.span(window, language)) has no other working day"
        case .noMeetingDay(let window):
            return nb
                ? "ingen arbeidsdag i vinduet \(Self.span(window, language))"
                : "no working day in the window \(Self.span(window, language))"
        case .attendeesBusy(let window, let people):
            let names = people.joined(separator: ", ")
            return nb
                ? "ingen ledig tid for alle i \(Self.span(window, language)): \(names) har ingen ledig tid"
                : "no time free for everyone in \(Self.span(window, language)): \(names) have no free slot"
        case .schoolHolidaysNotCovered(let covered, let planned):
            if let covered {
                return nb
                    ? "skoleferiene er bare kjent for \(Self.span(covered, language)); planen går \(Self.span(planned, language)), så møter utenfor er ikke sjekket mot skoleferier"
                    : "school holidays are only known for \(Self.span(covered, language)); the plan covers \(Self.span(planned, language)), so meetings outside are not checked against school holidays"
            }
            return nb
                ? "avtalen oppgir ingen skoleferier; møtene er ikke sjekket mot skoleferier"
                : "the agreement gives no school holidays; meetings are not checked against them"
        case .noInterpreter(let language):
            return nb
                ? "ingen tolk i avtalen snakker språket '\(language)'"
                : "no interpreter in the agreement speaks '\(language)'"
        case .interpretersBusy(let language, let window):
            return nb
                ? "ingen tolk for '\(language)' er ledig når de andre er det i \(Self.span(window, .nb))"
                : "no interpreter for '\(language)' is free when the others are in \(Self.span(window, .en))"
        case .noRoom(let people):
            return nb ? "ingen rom har plass til \(people) personer" : "no room holds \(people) people"
        case .roomsBusy(let window):
            return nb
                ? "ingen rom er ledig når alle er ledige i \(Self.span(window, language))"
                : "no room is free when everyone is in \(Self.span(window, language))"
        case .missingAttendee(let role):
            return nb
                ? "deltakeren har ingen \(role.text(in: language))"
                : "the participant has no \(role.text(in: language))"
        case .participantUnavailable(let window):
            return nb
                ? "deltakeren har ferie eller permisjon alle arbeidsdager i \(Self.span(window, language))"
                : "the participant is on holiday or leave every working day of \(Self.span(window, language))"
        case .moved(let reason):
            return reason.message(in: language)
        }
    }

    /// `uke 12–14 (2027-03-22–2027-04-09)` style text for a window.
    static func span(_ span: DateSpan, _ language: Language) -> String {
        let firstWeek = span.first.isoWeek.week
        let lastWeek = span.last.isoWeek.week
        let weekWord = language == .nb ? "uke" : "weeks"
        let weeks = firstWeek == lastWeek ? "\(weekWord) \(firstWeek)" : "\(weekWord) \(firstWeek)–\(lastWeek)"
        return "\(weeks) (\(span.first)–\(span.last))"
    }
}

/// A note about a placed meeting.
public struct PlanWarning: Sendable, Hashable, Codable {
    public let uid: String?
    public let kind: MeetingKind?
    public let note: PlanNote

    public init(uid: String?, kind: MeetingKind?, note: PlanNote) {
        self.uid = uid
        self.kind = kind
        self.note = note
    }
}

/// A meeting the agreement requires that could not be placed, and why.
public struct UnplacedMeeting: Sendable, Hashable, Codable {
    public let uid: String
    public let kind: MeetingKind
    public let period: String
    public let title: String
    public let participantID: String?
    public let note: PlanNote

    public init(uid: String, kind: MeetingKind, period: String, title: String, participantID: String?, note: PlanNote) {
        self.uid = uid
        self.kind = kind
        self.period = period
        self.title = title
        self.participantID = participantID
        self.note = note
    }
}
