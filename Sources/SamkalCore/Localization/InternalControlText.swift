/// The headings and words of the internal-control report (internkontroll), in every
/// language samkal speaks: the command line's text, CSV headings stay English keys.
public enum InternalControlText: String, Sendable, Hashable, CaseIterable {
    case title, asOf, overall, agreementLevel, participantsHeading, participantsAsCounts, deadlinesHeading
    case window, planned, minutes, reason, status, programme, participant, event, due, kind, meeting
    case notStored, outsideWindow, noRequirements, noParticipants, noDeadlines, registerNote, countsNote
    case participantsWord, participantWord, drillDown

    /// `1 deltaker`, `3 deltakere`.
    public static func participants(_ count: Int, in language: Language) -> String {
        "\(count) " + (count == 1 ? participantWord : participantsWord).text(in: language)
    }

    public func text(in language: Language) -> String {
        switch self {
        case .title: language.pick(nb: "Internkontroll", nn: "Internkontroll", en: "Internal control")
        case .asOf: language.pick(nb: "per", nn: "per", en: "as of")
        case .overall: language.pick(nb: "samlet status", nn: "samla status", en: "overall status")
        case .agreementLevel: language.pick(nb: "Møter avtalen krever", nn: "Møte avtalen krev", en: "Meetings the agreement requires")
        case .participantsHeading: language.pick(nb: "Deltakerne", nn: "Deltakarane", en: "The participants")
        case .participantsAsCounts:
            language.pick(nb: "Deltakerne (antall, uten navn)", nn: "Deltakarane (tal, utan namn)", en: "The participants (counts, no names)")
        case .deadlinesHeading:
            language.pick(nb: "Frister for registrering i NIR", nn: "Fristar for registrering i NIR", en: "Deadlines for registration in NIR")
        case .window: language.pick(nb: "frist", nn: "frist", en: "due")
        case .planned: language.pick(nb: "når", nn: "når", en: "when")
        case .minutes: language.pick(nb: "referat", nn: "referat", en: "minutes")
        case .reason: language.pick(nb: "årsak", nn: "årsak", en: "reason")
        case .status: language.pick(nb: "status", nn: "status", en: "status")
        case .programme: language.pick(nb: "programperiode", nn: "programperiode", en: "programme period")
        case .participant: language.pick(nb: "deltaker", nn: "deltakar", en: "participant")
        case .event: language.pick(nb: "hva", nn: "kva", en: "what")
        case .due: language.pick(nb: "frist", nn: "frist", en: "due")
        case .kind: language.pick(nb: "krav", nn: "krav", en: "requirement")
        case .meeting: language.pick(nb: "møte", nn: "møte", en: "meeting")
        case .notStored: language.pick(nb: "ikke i kalenderen", nn: "ikkje i kalenderen", en: "not in the calendar")
        case .outsideWindow: language.pick(nb: "utenfor fristen", nn: "utanfor fristen", en: "outside its window")
        case .noRequirements:
            language.pick(nb: "Avtalen krever ingen møter dette året.", nn: "Avtalen krev ingen møte dette året.", en: "The agreement requires no meetings this year.")
        case .noParticipants:
            language.pick(nb: "Ingen deltakere har møter som skal holdes dette året.", nn: "Ingen deltakarar har møte som skal haldast dette året.", en: "No participant has meetings due this year.")
        case .noDeadlines:
            language.pick(nb: "Ingen frister dette året.", nn: "Ingen fristar dette året.", en: "No deadlines this year.")
        case .registerNote:
            language.pick(
                nb: "Opplysningene skal registreres innen to måneder etter at de foreligger. samkal fører ikke selve registreringen; fristene står også i kalenderen til flyktningtjenestens kontaktperson.",
                nn: "Opplysningane skal registrerast innan to månader etter at dei ligg føre. samkal fører ikkje sjølve registreringa; fristane står òg i kalenderen til kontaktpersonen i flyktningtenesta.",
                en: "Data must be registered within two months after it exists. samkal does not keep the register itself; the deadlines are in the refugee service contact person's calendar too."
            )
        case .countsNote:
            language.pick(
                nb: "Ledere ser hvor mange deltakere som står hvor, ikke hvem.",
                nn: "Leiarar ser kor mange deltakarar som står kvar, ikkje kven.",
                en: "Leaders see how many participants stand where, not who."
            )
        case .participantsWord: language.pick(nb: "deltakere", nn: "deltakarar", en: "participants")
        case .participantWord: language.pick(nb: "deltaker", nn: "deltakar", en: "participant")
        case .drillDown:
            language.pick(
                nb: "Se et møte med «samkal minutes show REFERANSE».",
                nn: "Sjå eit møte med «samkal minutes show REFERANSE».",
                en: "See a meeting with “samkal minutes show REFERENCE”."
            )
        }
    }
}

extension ParticipantCheckKind {
    /// The check as a person reads it.
    public func text(in language: Language) -> String {
        switch self {
        case .earlyThreeWay:
            language.pick(nb: "Trekantsamtale tidlig i programmet", nn: "Trekantsamtale tidleg i programmet", en: "Three-way meeting early in the programme")
        case .threeWayDuring:
            language.pick(nb: "Trekantsamtaler underveis", nn: "Trekantsamtalar undervegs", en: "Three-way meetings during the programme")
        case .threeWayBeforeEnd:
            language.pick(nb: "Trekantsamtaler i god tid før slutt", nn: "Trekantsamtalar i god tid før slutt", en: "Three-way meetings in good time before the end")
        case .teamMeetings: language.pick(nb: "Teammøter", nn: "Teammøte", en: "Team meetings")
        case .leaveFollowUp:
            language.pick(nb: "Oppfølging fra fjerde permisjonsmåned", nn: "Oppfølging frå fjerde permisjonsmånad", en: "Follow-up from the fourth month of leave")
        case .transition: language.pick(nb: "Overgangsmøte før slutt", nn: "Overgangsmøte før slutt", en: "Transition meeting before the end")
        }
    }
}
