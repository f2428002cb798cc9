/// The need-to-know rules (tjenstlig behov; forvaltningsloven § 13 b, integreringsloven
/// §§ 41–44, Åfjord-avtalen §7) that decide who may see meetings, minutes, attendance,
/// participants, links and the audit log. Every allowed or refused access names one.
public enum AccessRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Allowed: the person was invited to a meeting at agreement level.
    case invitedToMeeting
    /// Allowed: the person follows the participant (programme advisor, NAV advisor, team member).
    case followsParticipant
    /// Allowed: leaders read the minutes of leader meetings and the annual revision.
    case leaderReadsLeaderMeeting
    /// Allowed: the refugee service runs the programme and keeps the participant register.
    case runsProgramme
    /// Allowed: the person convenes the meeting and writes its minutes.
    case convenesMeeting
    /// Allowed: a person's own calendar link.
    case ownCalendar
    /// Allowed: the refugee service's leader or contact person keeps internal control.
    case internalControl
    /// Refused: none of the rules applies.
    case noNeedToKnow
    /// Refused: the person is not in the agreement.
    case unknownPerson
    /// Refused: only the refugee service convenes meetings and records the answers.
    case onlyRefugeeServiceConvenes
    /// Refused: an interpreter is told time, place and language, never the case.
    case interpreterOnlyTimeAndPlace
    /// Refused: invited to a participant's meeting without following the participant.
    case attendeeWithoutCaseAccess
    /// Refused: only the refugee service manages participants and other people's links.
    case onlyRefugeeService
    /// Refused: only the refugee service's leader and contact persons read the audit log.
    case onlyInternalControl
    /// Refused: a participant's attendance (oppmøte) is for those who follow the
    /// participant, and for the convener at the meetings she convened.
    case attendanceNeedsConvenerOrFollower
    /// Allowed: a person's own access tokens.
    case ownAccessTokens
    /// Allowed: the operator on the server machine (the data directory's account) manages
    /// anyone's access tokens.
    case operatorOnServer
    /// Refused: an access token speaks for one person, and only that person (or the
    /// operator on the server) makes, lists or revokes it.
    case onlyOwnAccessTokens
    /// Allowed: a party's leader follows up that the agreement is kept (internkontroll at
    /// agreement level, participants as counts only).
    case leadsParty
    /// Refused: the internal-control report is for the refugee service and the parties' leaders.
    case onlyRefugeeServiceAndLeaders

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.attendanceNeedsConvenerOrFollower, _): MeetingListText.attendanceRule.text(in: language)
        case (.invitedToMeeting, .nb): "invitert til møtet"
        case (.invitedToMeeting, .nn): "invitert til møtet"
        case (.invitedToMeeting, .en): "invited to the meeting"
        case (.followsParticipant, .nb): "følger deltakeren (programrådgiver, NAV-veileder eller team)"
        case (.followsParticipant, .nn): "følgjer deltakaren (programrådgjevar, NAV-rettleiar eller team)"
        case (.followsParticipant, .en): "follows the participant (programme advisor, NAV advisor or team)"
        case (.leaderReadsLeaderMeeting, .nb): "leder, og møtet er på ledernivå"
        case (.leaderReadsLeaderMeeting, .nn): "leiar, og møtet er på leiarnivå"
        case (.leaderReadsLeaderMeeting, .en): "a leader, and the meeting is at leader level"
        case (.runsProgramme, .nb): "flyktningtjenesten har ansvaret for programmet"
        case (.runsProgramme, .nn): "flyktningtenesta har ansvaret for programmet"
        case (.runsProgramme, .en): "the refugee service runs the programme"
        case (.convenesMeeting, .nb): "kaller inn til møtet og skriver referatet"
        case (.convenesMeeting, .nn): "kallar inn til møtet og skriv referatet"
        case (.convenesMeeting, .en): "convenes the meeting and writes its minutes"
        case (.ownCalendar, .nb): "egen kalender"
        case (.ownCalendar, .nn): "eigen kalender"
        case (.ownCalendar, .en): "one's own calendar"
        case (.internalControl, .nb): "leder eller kontaktperson i flyktningtjenesten (internkontroll)"
        case (.internalControl, .nn): "leiar eller kontaktperson i flyktningtenesta (internkontroll)"
        case (.internalControl, .en): "leader or contact person of the refugee service (internal control)"
        case (.noNeedToKnow, .nb): "ikke tjenstlig behov: verken invitert til møtet eller følger deltakeren (forvaltningsloven § 13 b)"
        case (.noNeedToKnow, .nn): "ikkje tenestleg behov: verken invitert til møtet eller følgjer deltakaren (forvaltningslova § 13 b)"
        case (.noNeedToKnow, .en): "no need to know: neither invited to the meeting nor following the participant (forvaltningsloven § 13 b)"
        case (.unknownPerson, .nb): "ukjent person: ikke med i avtalen"
        case (.unknownPerson, .nn): "ukjend person: ikkje med i avtalen"
        case (.unknownPerson, .en): "unknown person: not in the agreement"
        case (.onlyRefugeeServiceConvenes, .nb): "bare flyktningtjenesten kaller inn til møtene og fører svarene"
        case (.onlyRefugeeServiceConvenes, .nn): "berre flyktningtenesta kallar inn til møta og fører svara"
        case (.onlyRefugeeServiceConvenes, .en): "only the refugee service convenes the meetings and records the answers"
        case (.interpreterOnlyTimeAndPlace, .nb): "tolken får bare vite tid, sted og språk, aldri referat, oppmøte eller saken"
        case (.interpreterOnlyTimeAndPlace, .nn): "tolken får berre vite tid, stad og språk, aldri referat, oppmøte eller saka"
        case (.interpreterOnlyTimeAndPlace, .en): "an interpreter is told time, place and language only, never minutes, attendance or the case"
        case (.attendeeWithoutCaseAccess, .nb): "invitert, men følger ikke deltakeren; be flyktningtjenesten føre deg som teammedlem hvis du trenger saken"
        case (.attendeeWithoutCaseAccess, .nn): "invitert, men følgjer ikkje deltakaren; be flyktningtenesta føre deg som teammedlem om du treng saka"
        case (.attendeeWithoutCaseAccess, .en): "invited, but not following the participant; ask the refugee service to add you as a team member if you need the case"
        case (.onlyRefugeeService, .nb): "bare flyktningtjenesten fører deltakerne og andres kalenderlenker"
        case (.onlyRefugeeService, .nn): "berre flyktningtenesta fører deltakarane og kalenderlenkjene til andre"
        case (.onlyRefugeeService, .en): "only the refugee service manages participants and other people's calendar links"
        case (.onlyInternalControl, .nb): "bare leder og kontaktpersoner i flyktningtjenesten leser tilgangsloggen (internkontroll)"
        case (.onlyInternalControl, .nn): "berre leiar og kontaktpersonar i flyktningtenesta les tilgangsloggen (internkontroll)"
        case (.onlyInternalControl, .en): "only the refugee service's leader and contact persons read the audit log (internal control)"
        case (.ownAccessTokens, .nb): "egne tilgangsnøkler"
        case (.ownAccessTokens, .nn): "eigne tilgangsnøklar"
        case (.ownAccessTokens, .en): "one's own access tokens"
        case (.operatorOnServer, .nb): "driftsansvarlig på tjeneren"
        case (.operatorOnServer, .nn): "driftsansvarleg på tenaren"
        case (.operatorOnServer, .en): "the operator on the server"
        case (.onlyOwnAccessTokens, .nb): "en tilgangsnøkkel lages, listes og trekkes tilbake bare av den den gjelder, eller av driftsansvarlig på tjeneren"
        case (.onlyOwnAccessTokens, .nn): "ein tilgangsnøkkel vert laga, lista og trekt tilbake berre av den han gjeld, eller av driftsansvarleg på tenaren"
        case (.onlyOwnAccessTokens, .en): "an access token is made, listed and revoked only by the person it is for, or by the operator on the server"
        case (.leadsParty, .nb): "leder for en part i avtalen"
        case (.leadsParty, .nn): "leiar for ein part i avtalen"
        case (.leadsParty, .en): "leads a party to the agreement"
        case (.onlyRefugeeServiceAndLeaders, .nb): "internkontrollen er for flyktningtjenesten og partenes ledere"
        case (.onlyRefugeeServiceAndLeaders, .nn): "internkontrollen er for flyktningtenesta og leiarane til partane"
        case (.onlyRefugeeServiceAndLeaders, .en): "internal control is for the refugee service and the parties' leaders"
        }
    }
}

/// The outcome of an access check, with the rule that decided it.
public struct AccessDecision: Sendable, Hashable, Codable {
    public let allowed: Bool
    public let rule: AccessRule

    public init(allowed: Bool, rule: AccessRule) {
        self.allowed = allowed
        self.rule = rule
    }

    public static func allowed(_ rule: AccessRule) -> AccessDecision { AccessDecision(allowed: true, rule: rule) }
    public static func refused(_ rule: AccessRule) -> AccessDecision { AccessDecision(allowed: false, rule: rule) }
}
