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
        case .agreementNotChosen(let ids):
            language.pick(
                nb: "flere avtaler er lagret (\(ids.joined(separator: ", "))): velg én med --agreement ID",
                nn: "fleire avtalar er lagra (\(ids.joined(separator: ", "))): vel éin med --agreement ID",
                en: "several agreements are stored (\(ids.joined(separator: ", "))): choose one with --agreement ID"
            )
        case .unknownAgreement(let id, let known):
            language.pick(
                nb: "ukjent avtale: \(id) (lagret: \(known.isEmpty ? "ingen" : known.joined(separator: ", ")))",
                nn: "ukjend avtale: \(id) (lagra: \(known.isEmpty ? "ingen" : known.joined(separator: ", ")))",
                en: "unknown agreement: \(id) (stored: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
            )
        case .personDefinedDifferently(let person, let agreement):
            language.pick(
                nb: "personen \(person) er definert med et annet navn eller en annen adresse i avtalen \(agreement): samme id er samme person i hele lageret, så skriv personen likt, vis til den med from: \(agreement), eller endre den i alle avtalene og planlegg dem sammen (samkal plan --all FIL…); ingenting ble lagret",
                nn: "personen \(person) er definert med eit anna namn eller ei anna adresse i avtalen \(agreement): same id er same person i heile lageret, så skriv personen likt, vis til han med from: \(agreement), eller endre han i alle avtalane og planlegg dei saman (samkal plan --all FIL…); ingenting vart lagra",
                en: "the person \(person) is defined with another name or address in the agreement \(agreement): the same id is the same person in the whole store, so write the person the same way, refer to them with from: \(agreement), or change them in every agreement and plan those together (samkal plan --all FILE…); nothing was stored"
            )
        case .participantInAnotherAgreement(let participant, let agreement):
            language.pick(
                nb: "deltakeren \(participant) hører allerede til avtalen \(agreement): en deltaker hører til én avtale (den kommunen som driver programmet); bruk --agreement \(agreement), eller gi deltakeren et eget saksnummer i denne kommunen; ingenting ble lagret",
                nn: "deltakaren \(participant) høyrer allereie til avtalen \(agreement): ein deltakar høyrer til éin avtale (den kommunen som driv programmet); bruk --agreement \(agreement), eller gje deltakaren eit eige saksnummer i denne kommunen; ingenting vart lagra",
                en: "the participant \(participant) already belongs to the agreement \(agreement): a participant belongs to one agreement (the municipality that runs the programme); use --agreement \(agreement), or give the participant a case number of their own in this municipality; nothing was stored"
            )
        }
    }
}
