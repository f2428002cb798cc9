/// Agenda items used when the agreement gives none, taken from the agreement texts
/// (Åfjord §5–6, IMDi guidance).
public enum DefaultAgenda {
    public static func revisionItem(in language: Language) -> String {
        switch language {
        case .nb: "Årlig revisjon av samarbeidsavtalen og evaluering av samarbeidsrutinene"
        case .nn: "Årleg revisjon av samarbeidsavtalen og evaluering av samarbeidsrutinane"
        case .en: "Annual revision of the cooperation agreement and evaluation of the routines"
        }
    }

    public static func items(for kind: MeetingKind, in language: Language) -> [String] {
        switch (kind, language) {
        case (.leaderMeeting, .nb):
            ["Evaluering av og rapportering om samarbeidet om introduksjonsprogrammet",
             "Planlegging av videre samarbeid", "Eventuelt"]
        case (.leaderMeeting, .nn):
            ["Evaluering av og rapportering om samarbeidet om introduksjonsprogrammet",
             "Planlegging av vidare samarbeid", "Eventuelt"]
        case (.leaderMeeting, .en):
            ["Evaluation of and report on the cooperation on the introduction programme",
             "Planning further cooperation", "Any other business"]
        case (.agreementRevision, .nb):
            [revisionItem(in: .nb), "Gjennomgang av kontaktpersoner og rutinebeskrivelser", "Eventuelt"]
        case (.agreementRevision, .nn):
            [revisionItem(in: .nn), "Gjennomgang av kontaktpersonar og rutineskildringar", "Eventuelt"]
        case (.agreementRevision, .en):
            [revisionItem(in: .en), "Review of contact persons and routine descriptions", "Any other business"]
        case (.cooperationMeeting, .nb):
            ["Status for deltakerne i introduksjonsprogrammet", "Arbeidsmarkedstiltak og praksisplasser",
             "Behov for trekantsamtaler", "Eventuelt"]
        case (.cooperationMeeting, .nn):
            ["Status for deltakarane i introduksjonsprogrammet", "Arbeidsmarknadstiltak og praksisplassar",
             "Behov for trekantsamtalar", "Eventuelt"]
        case (.cooperationMeeting, .en):
            ["Status of the participants in the introduction programme", "Labour-market measures and work placements",
             "Three-way meetings needed", "Any other business"]
        case (.infoMeeting, .nb):
            ["NAVs ansvar og oppgaver", "Arbeidsmarkedet og NAVs virkemidler", "Registrering som arbeidssøker",
             "Spørsmål fra deltakerne"]
        case (.infoMeeting, .nn):
            ["Ansvaret og oppgåvene til NAV", "Arbeidsmarknaden og verkemidla til NAV", "Registrering som arbeidssøkjar",
             "Spørsmål frå deltakarane"]
        case (.infoMeeting, .en):
            ["NAV's duties and responsibilities", "The labour market and NAV's measures", "Registering as a job seeker",
             "Questions from the participants"]
        case (.teamMeeting, .nb):
            ["Status for deltakerens integreringsplan", "Fordeling av oppgaver", "Neste steg"]
        case (.teamMeeting, .nn):
            ["Status for integreringsplanen til deltakaren", "Fordeling av oppgåver", "Neste steg"]
        case (.teamMeeting, .en):
            ["Status of the participant's integration plan", "Division of tasks", "Next steps"]
        case (.threeWayMeeting, .nb):
            ["Veiledning om arbeid og aktivitet", "Arbeidsmarkedstiltak", "Neste steg"]
        case (.threeWayMeeting, .nn):
            ["Rettleiing om arbeid og aktivitet", "Arbeidsmarknadstiltak", "Neste steg"]
        case (.threeWayMeeting, .en):
            ["Guidance on work and activity", "Labour-market measures", "Next steps"]
        case (.leaveFollowUp, .nb):
            ["Minimumstilbud under foreldrepermisjon", "Norskopplæring og språktrening", "Plan for tilbakekomst"]
        case (.leaveFollowUp, .nn):
            ["Minimumstilbod under foreldrepermisjon", "Norskopplæring og språktrening", "Plan for å kome tilbake"]
        case (.leaveFollowUp, .en):
            ["Minimum offer during parental leave", "Norwegian teaching and language practice", "Plan for the return"]
        case (.transitionMeeting, .nb):
            ["Overgang til arbeid eller utdanning", "Videre oppfølging fra NAV", "Unngå brudd i kvalifiseringen"]
        case (.transitionMeeting, .nn):
            ["Overgang til arbeid eller utdanning", "Vidare oppfølging frå NAV", "Unngå brot i kvalifiseringa"]
        case (.transitionMeeting, .en):
            ["Transition to work or education", "Further follow-up from NAV", "Avoiding a break in qualification"]
        }
    }
}
