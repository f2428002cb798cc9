import SamkalCore

/// What a reply document's problem says to the person importing it.
extension ReplyDocument.Problem {
    public func message(in language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .notUTF8: nb ? "kalenderdelen er ikke UTF-8" : "the calendar part is not UTF-8"
        case .noCalendarPart: nb ? "e-posten har ingen text/calendar-del" : "the email has no text/calendar part"
        case .mime(.noBody): nb ? "ikke en e-post: ingen tom linje etter hodefeltene" : "not an email: no blank line after the headers"
        case .mime(.missingBoundary(let type)): nb ? "\(type) uten gyldig boundary" : "\(type) without a valid boundary"
        case .mime(.undecodableBody(let type, let encoding)): nb ? "\(type): kan ikke dekode \(encoding)" : "\(type): cannot decode \(encoding)"
        case .mime(.nestedTooDeep(let limit)): nb ? "e-posten har deler nøstet dypere enn \(limit) nivåer" : "the e-mail has parts nested deeper than \(limit) levels"
        case .mime(.tooManyParts(let limit)): nb ? "e-posten har mer enn \(limit) deler" : "the e-mail has more than \(limit) parts"
        case .calendar(.notICalendar): nb ? "ikke iCalendar (ingen BEGIN:VCALENDAR)" : "not iCalendar (no BEGIN:VCALENDAR)"
        case .calendar(.invalid(let problems)):
            problems.first.map { "\($0.property.map { "\($0): " } ?? "")\($0.message(in: language))" } ?? ""
        case .calendar(.notAReply(let method)): nb ? "ikke et svar: METHOD er \(method ?? "ikke oppgitt"), ventet REPLY" : "not a reply: METHOD is \(method ?? "missing"), expected REPLY"
        case .calendar(.missingUID(let index)): nb ? "VEVENT nr. \(index) mangler UID" : "VEVENT number \(index) has no UID"
        case .calendar(.missingStart(let index)): nb ? "VEVENT nr. \(index) mangler DTSTART og kan ikke leses" : "VEVENT number \(index) has no DTSTART and cannot be read"
        case .calendar(.noEvents): nb ? "svaret har ingen VEVENT: ingenting å registrere" : "the reply has no VEVENT: nothing to record"
        }
    }
}
