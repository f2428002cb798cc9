import SamkalCore

/// The fixed words of a minutes document, in bokmål, nynorsk or English.
enum MinutesLabels {
    static func open(_ language: Language) -> String { language.pick(nb: "åpen", nn: "open", en: "open") }
    static func done(_ language: Language) -> String { language.pick(nb: "utført", nn: "gjort", en: "done") }

    static func all(_ language: Language) -> [String: String] {
        switch language {
        case .nb:
            [
                "minutes": "Referat", "meeting": "Møte", "date": "Dato", "time": "Tid", "place": "Sted",
                "convener": "Innkaller", "agreement": "Avtale", "attendance": "Oppmøte",
                "reason": "grunn", "text": "Referat", "decisions": "Vedtak", "actionItems": "Oppfølgingspunkter",
                "who": "Hvem", "what": "Hva", "due": "Frist", "state": "Status", "revision": "Versjon",
                "recordedAt": "registrert", "recordedBy": "av", "history": "Tidligere versjoner",
                "noMinutes": "Ingen referat er registrert.", "cancelled": "Møtet er avlyst.",
            ]
        case .nn:
            [
                "minutes": "Referat", "meeting": "Møte", "date": "Dato", "time": "Tid", "place": "Stad",
                "convener": "Innkallar", "agreement": "Avtale", "attendance": "Oppmøte",
                "reason": "grunn", "text": "Referat", "decisions": "Vedtak", "actionItems": "Oppfølgingspunkt",
                "who": "Kven", "what": "Kva", "due": "Frist", "state": "Status", "revision": "Versjon",
                "recordedAt": "registrert", "recordedBy": "av", "history": "Tidlegare versjonar",
                "noMinutes": "Det er ikkje registrert noko referat.", "cancelled": "Møtet er avlyst.",
            ]
        case .en:
            [
                "minutes": "Minutes", "meeting": "Meeting", "date": "Date", "time": "Time", "place": "Place",
                "convener": "Convener", "agreement": "Agreement", "attendance": "Attendance",
                "reason": "reason", "text": "Minutes", "decisions": "Decisions", "actionItems": "Action items",
                "who": "Who", "what": "What", "due": "Due", "state": "State", "revision": "Revision",
                "recordedAt": "recorded", "recordedBy": "by", "history": "Earlier revisions",
                "noMinutes": "No minutes have been recorded.", "cancelled": "The meeting is cancelled.",
            ]
        }
    }
}
