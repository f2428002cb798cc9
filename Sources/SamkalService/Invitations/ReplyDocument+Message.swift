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
        case .calendar(.notICalendar(let reason)): (nb ? "ikke iCalendar: " : "not iCalendar: ") + reason
        case .calendar(.invalid(let problems)):
            problems.map { "\(nb ? "linje" : "line") \($0.line)\($0.property.map { ", \($0)" } ?? ""): \($0.message)" }.joined(separator: "; ")
        case .calendar(.notAReply(let method)): nb ? "ikke et svar: METHOD er \(method ?? "ikke oppgitt"), ventet REPLY" : "not a reply: METHOD is \(method ?? "missing"), expected REPLY"
        case .calendar(.missingUID(let index)): nb ? "VEVENT nr. \(index) mangler UID" : "VEVENT number \(index) has no UID"
        }
    }
}
