import SamkalCore

/// What a store error says to a person.
extension StoreError {
    public func message(in language: Language) -> String {
        switch self {
        case .noAgreement:
            language.pick(
                nb: "ingen avtale er lagret: kjør først samkal plan AVTALE eller gi --agreement FIL",
                nn: "ingen avtale er lagra: køyr først samkal plan AVTALE eller gje --agreement FIL",
                en: "no agreement is stored: run samkal plan AGREEMENT first or give --agreement FILE"
            )
        case .unknownMeeting(let uid):
            language.pick(nb: "ukjent møte: \(uid)", nn: "ukjend møte: \(uid)", en: "unknown meeting: \(uid)")
        case .unknownParticipant(let id):
            language.pick(nb: "ukjent deltaker: \(id)", nn: "ukjend deltakar: \(id)", en: "unknown participant: \(id)")
        case .unknownPerson(let id):
            language.pick(nb: "ukjent person: \(id)", nn: "ukjend person: \(id)", en: "unknown person: \(id)")
        case .unknownActionItem(let id):
            language.pick(nb: "ukjent oppfølgingspunkt: \(id)", nn: "ukjend oppfølgingspunkt: \(id)", en: "unknown action item: \(id)")
        case .notAnAttendee(let uid, let id):
            language.pick(nb: "\(id) er ikke invitert til \(uid)", nn: "\(id) er ikkje invitert til \(uid)", en: "\(id) is not invited to \(uid)")
        case .unknownAttendee(let id, let suggestion):
            AttendeeText.unknown(id: id, suggestion: suggestion).text(in: language)
        case .attendanceBeforeMeeting(let uid, let date, let start):
            language.pick(
                nb: "møtet \(uid) begynner \(date) kl. \(start): oppmøte kan først føres når møtet har begynt (notater og dagsorden kan skrives før, uten --present/--absent/--excused)",
                nn: "møtet \(uid) byrjar \(date) kl. \(start): oppmøte kan først førast når møtet har byrja (notat og dagsorden kan skrivast før, utan --present/--absent/--excused)",
                en: "the meeting \(uid) starts on \(date) at \(start): attendance can be recorded only once it has started (notes and an agenda may be written before, without --present/--absent/--excused)"
            )
        case .excuseWithoutReason(let id):
            language.pick(
                nb: "gyldig fravær for \(id) krever en grunn (ID|grunn)",
                nn: "gyldig fråvær for \(id) krev ein grunn (ID|grunn)",
                en: "excused absence for \(id) needs a reason (ID|reason)"
            )
        case .duplicateToken:
            language.pick(
                nb: "lenken finnes allerede; lag en ny",
                nn: "lenkja finst allereie; lag ei ny",
                en: "the link exists already; make a new one"
            )
        case .personInAnotherAgreement(let person, let agreement):
            language.pick(
                nb: "personen \(person) hører allerede til avtalen \(agreement) i dette lageret: behold avtalens id (id i avtalefilen), eller bruk en egen --data for den nye avtalen; ingenting ble lagret",
                nn: "personen \(person) høyrer allereie til avtalen \(agreement) i dette lageret: behald id-en til avtalen (id i avtalefila), eller bruk ein eigen --data for den nye avtalen; ingenting vart lagra",
                en: "the person \(person) already belongs to the agreement \(agreement) in this store: keep the agreement's id (id in the agreement file), or use a separate --data for the new agreement; nothing was stored"
            )
        }
    }
}
