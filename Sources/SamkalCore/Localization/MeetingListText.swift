/// The sentences of the meeting listing (`samkal meetings`), of short references and of
/// attendance for the convener, in every language samkal speaks.
public enum MeetingListText: Sendable, Hashable {
    /// The refusal of a participant's attendance: what the asker would need.
    case attendanceRule
    /// A participant meeting's title: with the participant's name in full view.
    case participantTitle(kind: MeetingKind, caseID: String, name: String?)
    /// An interpreter's view of a meeting: the language only.
    case interpreterTitle(language: String)
    /// The kind column of an interpreter's view.
    case interpreterKind
    case status(MeetingStatus)
    /// The days a listing covers.
    case range(from: String, to: String)
    case noMeetings
    /// A typed meeting that is neither a stored UID nor a reference.
    case unknownReference(String)
    /// A reference that is the beginning of several meetings' codes; `listed` when the
    /// candidates the asker may see follow.
    case ambiguousReference(String, listed: Bool)
    /// Attendance rows that count only the meetings the asker convened.
    case attendanceOnlyConvened(participants: String)

    public func text(in language: Language) -> String {
        switch self {
        case .attendanceRule:
            language.pick(
                nb: "ikke tjenstlig behov: du kan se oppmøte for møter du har kalt inn, eller for deltakere du følger (programrådgiver, NAV-veileder eller team)",
                nn: "ikkje tenestleg behov: du kan sjå oppmøte for møte du har kalla inn, eller for deltakarar du følgjer (programrådgjevar, NAV-rettleiar eller team)",
                en: "no need to know: you can see attendance at meetings you convened, or of participants you follow (programme advisor, NAV advisor or team)"
            )
        case .participantTitle(let kind, let caseID, let name?):
            "\(kind.title(in: language)) – \(name) (\(caseID))"
        case .participantTitle(let kind, let caseID, nil):
            "\(kind.title(in: language)) – " + language.pick(nb: "deltaker", nn: "deltakar", en: "participant") + " \(caseID)"
        case .interpreterTitle(let spoken):
            language.pick(nb: "Tolkeoppdrag", nn: "Tolkeoppdrag", en: "Interpreting") + (spoken.isEmpty ? "" : " (\(spoken))")
        case .interpreterKind:
            language.pick(nb: "tolkeoppdrag", nn: "tolkeoppdrag", en: "interpreting")
        case .status(.tentative):
            language.pick(nb: "foreløpig", nn: "førebels", en: "tentative")
        case .status(.confirmed):
            language.pick(nb: "innkalt", nn: "innkalla", en: "invited")
        case .status(.cancelled):
            language.pick(nb: "avlyst", nn: "avlyst", en: "cancelled")
        case .range(let from, let to):
            language.pick(
                nb: "møter \(from)–\(to) (andre datoer med --from og --to)",
                nn: "møte \(from)–\(to) (andre datoar med --from og --to)",
                en: "meetings \(from)–\(to) (other dates with --from and --to)"
            )
        case .noMeetings:
            language.pick(nb: "ingen møter du kan se i perioden", nn: "ingen møte du kan sjå i perioden", en: "no meetings you may see in this period")
        case .unknownReference(let typed):
            language.pick(
                nb: "ukjent møte: '\(typed)' er verken en møte-UID eller en kort referanse (M-XXXXX); finn møtet med samkal meetings",
                nn: "ukjend møte: '\(typed)' er korkje ein møte-UID eller ein kort referanse (M-XXXXX); finn møtet med samkal meetings",
                en: "unknown meeting: '\(typed)' is neither a meeting UID nor a short reference (M-XXXXX); find the meeting with samkal meetings"
            )
        case .ambiguousReference(let typed, listed: true):
            language.pick(
                nb: "referansen '\(typed)' passer til flere møter; skriv flere tegn:",
                nn: "referansen '\(typed)' passar til fleire møte; skriv fleire teikn:",
                en: "the reference '\(typed)' matches several meetings; type more characters:"
            )
        case .ambiguousReference(let typed, listed: false):
            language.pick(
                nb: "referansen '\(typed)' passer til flere møter; skriv flere tegn eller hele UID-en",
                nn: "referansen '\(typed)' passar til fleire møte; skriv fleire teikn eller heile UID-en",
                en: "the reference '\(typed)' matches several meetings; type more characters or the whole UID"
            )
        case .attendanceOnlyConvened(let participants):
            language.pick(
                nb: "merk: for \(participants) teller bare møtene du har kalt inn (den som følger deltakeren, ser alt oppmøtet)",
                nn: "merk: for \(participants) tel berre møta du har kalla inn (den som følgjer deltakaren, ser alt oppmøtet)",
                en: "note: for \(participants) only the meetings you convened are counted (whoever follows the participant sees all attendance)"
            )
        }
    }
}
