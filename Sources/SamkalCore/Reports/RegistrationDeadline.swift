/// A deadline to register a participant's data in the national introduction register
/// (Nasjonalt introduksjonsregister, NIR): within two months after the data exists
/// (integreringsloven § 43; the Åfjord agreement §4). samkal does not keep the register
/// itself; it tells the refugee service when each registration falls due.
public struct RegistrationDeadline: Sendable, Hashable {
    /// What happened that must be registered.
    public enum Event: String, Sendable, Hashable, Codable, CaseIterable {
        /// The programme started.
        case start
        /// Parental leave began: the programme is paused.
        case leaveStart
        /// Parental leave ended: the programme goes on.
        case leaveEnd
        /// The programme ended (on the planned day, or earlier).
        case end

        public func text(in language: Language) -> String {
            switch self {
            case .start: language.pick(nb: "oppstart i programmet", nn: "oppstart i programmet", en: "start of the programme")
            case .leaveStart: language.pick(nb: "permisjon begynner", nn: "permisjon byrjar", en: "leave begins")
            case .leaveEnd: language.pick(nb: "permisjon slutter", nn: "permisjon sluttar", en: "leave ends")
            case .end: language.pick(nb: "programmet slutter", nn: "programmet sluttar", en: "end of the programme")
            }
        }
    }

    /// Where a deadline stands on the report's day.
    public enum Standing: String, Sendable, Hashable, Codable, CaseIterable {
        /// The deadline has passed: registered by then, or late.
        case passed
        /// Due within the next 14 days.
        case soon
        /// Due later.
        case later

        public func text(in language: Language) -> String {
            switch self {
            case .passed: language.pick(nb: "fristen er ute", nn: "fristen er ute", en: "deadline passed")
            case .soon: language.pick(nb: "innen 14 dager", nn: "innan 14 dagar", en: "within 14 days")
            case .later: language.pick(nb: "senere", nn: "seinare", en: "later")
            }
        }
    }

    /// How long after the data exists it must be registered.
    public static let months = 2
    /// How near a deadline is `soon`.
    public static let soonDays = 14

    public let participantID: String
    public let event: Event
    public let eventDate: LocalDate
    public let due: LocalDate

    public init(participantID: String, event: Event, eventDate: LocalDate) {
        self.participantID = participantID
        self.event = event
        self.eventDate = eventDate
        due = eventDate.adding(months: Self.months)
    }

    public func standing(on day: LocalDate) -> Standing {
        if due < day { return .passed }
        return day.days(until: due) <= Self.soonDays ? .soon : .later
    }

    /// The calendar entry's title: pseudonymous (the case id, never the name), as the
    /// agreement's calendar shows participant meetings.
    public func summary(in language: Language) -> String {
        language.pick(nb: "NIR-registrering", nn: "NIR-registrering", en: "NIR registration")
            + ": \(event.text(in: language)) – " + language.pick(nb: "deltaker", nn: "deltakar", en: "participant") + " \(participantID)"
    }

    /// The calendar entry's description.
    public func description(in language: Language) -> String {
        language.pick(
            nb: "Opplysningene (\(event.text(in: language)) \(eventDate)) skal registreres i Nasjonalt introduksjonsregister innen to måneder: senest \(due).",
            nn: "Opplysningane (\(event.text(in: language)) \(eventDate)) skal registrerast i Nasjonalt introduksjonsregister innan to månader: seinast \(due).",
            en: "The data (\(event.text(in: language)) \(eventDate)) must be registered in the national introduction register within two months: by \(due)."
        )
    }

    /// A participant's registrations, by due day: the start, each leave's first and last
    /// day, and the end (the day they left, or the planned end).
    public static func all(for participant: Participant) -> [RegistrationDeadline] {
        var deadlines = [RegistrationDeadline(participantID: participant.id, event: .start, eventDate: participant.programmeStart)]
        for leave in participant.parentalLeave.sorted(by: { $0.first < $1.first }) {
            deadlines.append(RegistrationDeadline(participantID: participant.id, event: .leaveStart, eventDate: leave.first))
            deadlines.append(RegistrationDeadline(participantID: participant.id, event: .leaveEnd, eventDate: leave.last.adding(days: 1)))
        }
        deadlines.append(RegistrationDeadline(participantID: participant.id, event: .end, eventDate: participant.lastDay))
        return deadlines.sorted { ($0.due, $0.event.rawValue) < ($1.due, $1.event.rawValue) }
    }
}
