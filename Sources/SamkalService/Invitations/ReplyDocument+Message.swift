import SamkalCore

/// What a reply document's problem says to the person importing it.
extension ReplyDocument.Problem {
    public func message(in language: Language) -> String {
        switch self {
        case .notUTF8:
            language.pick(nb: "kalenderdelen er ikke UTF-8", nn: "kalenderdelen er ikkje UTF-8", en: "the calendar part is not UTF-8")
        case .noCalendarPart:
            language.pick(
                nb: "e-posten har ingen text/calendar-del",
                nn: "e-posten manglar ein text/calendar-del",
                en: "the email has no text/calendar part"
            )
        case .mime(.noBody):
            language.pick(
                nb: "ikke en e-post: ingen tom linje etter hodefeltene",
                nn: "ikkje ein e-post: inga tom linje etter hovudfelta",
                en: "not an email: no blank line after the headers"
            )
        case .mime(.missingBoundary(let type)):
            language.pick(nb: "\(type) uten gyldig boundary", nn: "\(type) utan gyldig boundary", en: "\(type) without a valid boundary")
        case .mime(.undecodableBody(let type, let encoding)):
            language.pick(nb: "\(type): kan ikke dekode \(encoding)", nn: "\(type): kan ikkje dekode \(encoding)", en: "\(type): cannot decode \(encoding)")
        case .mime(.nestedTooDeep(let limit)):
            language.pick(
                nb: "e-posten har deler nøstet dypere enn \(limit) nivåer",
                nn: "e-posten har delar nøsta djupare enn \(limit) nivå",
                en: "the e-mail has parts nested deeper than \(limit) levels"
            )
        case .mime(.tooManyParts(let limit)):
            language.pick(
                nb: "e-posten har mer enn \(limit) deler",
                nn: "e-posten har meir enn \(limit) delar",
                en: "the e-mail has more than \(limit) parts"
            )
        case .calendar(.notICalendar):
            language.pick(
                nb: "ikke iCalendar (ingen BEGIN:VCALENDAR)",
                nn: "ikkje iCalendar (ingen BEGIN:VCALENDAR)",
                en: "not iCalendar (no BEGIN:VCALENDAR)"
            )
        case .calendar(.invalid(let problems)):
            problems.first.map { "\($0.property.map { "\($0): " } ?? "")\($0.message(in: language))" } ?? ""
        case .calendar(.notAReply(let method)):
            language.pick(
                nb: "ikke et svar: METHOD er \(method ?? "ikke oppgitt"), ventet REPLY",
                nn: "ikkje eit svar: METHOD er \(method ?? "ikkje oppgjeve"), venta REPLY",
                en: "not a reply: METHOD is \(method ?? "missing"), expected REPLY"
            )
        case .calendar(.missingUID(let index)):
            language.pick(nb: "VEVENT nr. \(index) mangler UID", nn: "VEVENT nr. \(index) manglar UID", en: "VEVENT number \(index) has no UID")
        case .calendar(.missingStart(let index)):
            language.pick(
                nb: "VEVENT nr. \(index) mangler DTSTART og kan ikke leses",
                nn: "VEVENT nr. \(index) manglar DTSTART og kan ikkje lesast",
                en: "VEVENT number \(index) has no DTSTART and cannot be read"
            )
        case .calendar(.noEvents):
            language.pick(
                nb: "svaret har ingen VEVENT: ingenting å registrere",
                nn: "svaret manglar VEVENT: det er ingenting å registrere",
                en: "the reply has no VEVENT: nothing to record"
            )
        }
    }
}
