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
        switch self {
        case .placedInAvoidPeriod(let name, let window):
            let span = Self.span(window, language)
            return language.pick(
                nb: "lagt i \(name): vinduet \(span) har ingen annen arbeidsdag",
                nn: "lagd i \(name): vindauget \(span) har ingen annan arbeidsdag",
                en: "placed in \(name): the window \(span) has no other working day"
            )
        case .noMeetingDay(let window):
            let span = Self.span(window, language)
            return language.pick(
                nb: "ingen arbeidsdag i vinduet \(span)",
                nn: "ingen arbeidsdag i vindauget \(span)",
                en: "no working day in the window \(span)"
            )
        case .attendeesBusy(let window, let people):
            let span = Self.span(window, language)
            let names = people.joined(separator: ", ")
            return language.pick(
                nb: "ingen ledig tid for alle i \(span): \(names) har ingen ledig tid",
                nn: "inga ledig tid for alle i \(span): \(names) har inga ledig tid",
                en: "no time free for everyone in \(span): \(names) have no free slot"
            )
        case .schoolHolidaysNotCovered(let covered, let planned):
            if let covered {
                let known = Self.span(covered, language)
                let span = Self.span(planned, language)
                return language.pick(
                    nb: "skoleferiene er bare kjent for \(known); planen går \(span), så møter utenfor er ikke sjekket mot skoleferier",
                    nn: "skuleferiane er berre kjende for \(known); planen går \(span), så møte utanfor er ikkje sjekka mot skuleferiar",
                    en: "school holidays are only known for \(known); the plan covers \(span), so meetings outside are not checked against school holidays"
                )
            }
            return language.pick(
                nb: "avtalen oppgir ingen skoleferier; møtene er ikke sjekket mot skoleferier",
                nn: "avtalen oppgjev ingen skuleferiar; møta er ikkje sjekka mot skuleferiar",
                en: "the agreement gives no school holidays; meetings are not checked against them"
            )
        case .noInterpreter(let spoken):
            return language.pick(
                nb: "ingen tolk i avtalen snakker språket '\(spoken)'",
                nn: "ingen tolk i avtalen snakkar språket '\(spoken)'",
                en: "no interpreter in the agreement speaks '\(spoken)'"
            )
        case .interpretersBusy(let spoken, let window):
            let span = Self.span(window, language)
            return language.pick(
                nb: "ingen tolk for '\(spoken)' er ledig når de andre er det i \(span)",
                nn: "ingen tolk for '\(spoken)' er ledig når dei andre er det i \(span)",
                en: "no interpreter for '\(spoken)' is free when the others are in \(span)"
            )
        case .noRoom(let people):
            return language.pick(
                nb: "ingen rom har plass til \(people) personer",
                nn: "ikkje noko rom har plass til \(people) personar",
                en: "no room holds \(people) people"
            )
        case .roomsBusy(let window):
            let span = Self.span(window, language)
            return language.pick(
                nb: "ingen rom er ledig når alle er ledige i \(span)",
                nn: "ikkje noko rom er ledig når alle er ledige i \(span)",
                en: "no room is free when everyone is in \(span)"
            )
        case .missingAttendee(let role):
            let needed = role.text(in: language)
            return language.pick(
                nb: "deltakeren har ingen \(needed)",
                nn: "deltakaren har ingen \(needed)",
                en: "the participant has no \(needed)"
            )
        case .participantUnavailable(let window):
            let span = Self.span(window, language)
            return language.pick(
                nb: "deltakeren har ferie eller permisjon alle arbeidsdager i \(span)",
                nn: "deltakaren har ferie eller permisjon alle arbeidsdagane i \(span)",
                en: "the participant is on holiday or leave every working day of \(span)"
            )
        case .moved(let reason):
            return reason.message(in: language)
        }
    }

    /// `uke 12–14 (2027-03-22–2027-04-09)` style text for a window.
    static func span(_ span: DateSpan, _ language: Language) -> String {
        let firstWeek = span.first.isoWeek.week
        let lastWeek = span.last.isoWeek.week
        let weekWord = language.pick(nb: "uke", nn: "veke", en: "weeks")
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
