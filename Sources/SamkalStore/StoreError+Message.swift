import SamkalCore

/// What a store error says to a person.
extension StoreError {
    public func message(in language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .noAgreement:
            nb ? "ingen avtale er lagret: kjør først samkal plan AVTALE eller gi --agreement FIL"
               : "no agreement is stored: run samkal plan AGREEMENT first or give --agreement FILE"
        case .unknownMeeting(let uid):
            nb ? "ukjent møte: \(uid)" : "unknown meeting: \(uid)"
        case .unknownParticipant(let id):
            nb ? "ukjent deltaker: \(id)" : "unknown participant: \(id)"
        case .unknownPerson(let id):
            nb ? "ukjent person: \(id)" : "unknown person: \(id)"
        case .unknownActionItem(let id):
            nb ? "ukjent oppfølgingspunkt: \(id)" : "unknown action item: \(id)"
        case .notAnAttendee(let uid, let id):
            nb ? "\(id) er ikke invitert til \(uid)" : "\(id) is not invited to \(uid)"
        case .unknownAttendee(let id, let suggestion):
            AttendeeText.unknown(id: id, suggestion: suggestion).text(in: language)
        case .attendanceBeforeMeeting(let uid, let date, let start):
            nb ? "møtet \(uid) begynner \(date) kl. \(start): oppmøte kan først føres når møtet har begynt (notater og dagsorden kan skrives før, uten --present/--absent/--excused)"
               : "the meeting \(uid) starts on \(date) at \(start): attendance can be recorded only once it has started (notes and an agenda may be written before, without --present/--absent/--excused)"
        case .excuseWithoutReason(let id):
            nb ? "gyldig fravær for \(id) krever en grunn (ID|grunn)" : "excused absence for \(id) needs a reason (ID|reason)"
        case .duplicateToken:
            nb ? "lenken finnes allerede; lag en ny" : "the link exists already; make a new one"
        case .personInAnotherAgreement(let person, let agreement):
            nb ? "personen \(person) hører allerede til avtalen \(agreement) i dette lageret: behold avtalens id (id i avtalefilen), eller bruk en egen --data for den nye avtalen; ingenting ble lagret"
               : "the person \(person) already belongs to the agreement \(agreement) in this store: keep the agreement's id (id in the agreement file), or use a separate --data for the new agreement; nothing was stored"
        }
    }
}
