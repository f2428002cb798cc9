import SamkalCore

/// The fixed words of a minutes document, in bokmål or English.
enum MinutesLabels {
    static func open(_ language: Language) -> String { language == .nb ? "åpen" : "open" }
    static func done(_ language: Language) -> String { language == .nb ? "utført" : "done" }

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
