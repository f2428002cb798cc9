/// The need-to-know rules (tjenstlig behov; forvaltningsloven § 13 b, integreringsloven
/// §§ 41–44, Åfjord-avtalen §7) that decide who may read minutes and attendance.
public enum AccessRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Allowed: the person was invited to the meeting.
    case invitedToMeeting
    /// Allowed: the person follows the participant (programme advisor, NAV advisor, team member).
    case followsParticipant
    /// Allowed: leaders read the minutes of leader meetings and the annual revision.
    case leaderReadsLeaderMeeting
    /// Allowed: the refugee service runs the programme and keeps the participant register.
    case runsProgramme
    /// Refused: none of the rules above applies.
    case noNeedToKnow
    /// Refused: the person is not in the agreement.
    case unknownPerson
    /// Refused: only the refugee service convenes meetings and records the answers.
    case onlyRefugeeServiceConvenes

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.invitedToMeeting, .nb): "invitert til møtet"
        case (.invitedToMeeting, .en): "invited to the meeting"
        case (.followsParticipant, .nb): "følger deltakeren (programrådgiver, NAV-veileder eller team)"
        case (.followsParticipant, .en): "follows the participant (programme advisor, NAV advisor or team)"
        case (.leaderReadsLeaderMeeting, .nb): "leder, og møtet er på ledernivå"
        case (.leaderReadsLeaderMeeting, .en): "a leader, and the meeting is at leader level"
        case (.runsProgramme, .nb): "flyktningtjenesten har ansvaret for programmet"
        case (.runsProgramme, .en): "the refugee service runs the programme"
        case (.noNeedToKnow, .nb): "ikke tjenstlig behov: verken invitert til møtet eller følger deltakeren (forvaltningsloven § 13 b)"
        case (.noNeedToKnow, .en): "no need to know: neither invited to the meeting nor following the participant (forvaltningsloven § 13 b)"
        case (.unknownPerson, .nb): "ukjent person: ikke med i avtalen"
        case (.unknownPerson, .en): "unknown person: not in the agreement"
        case (.onlyRefugeeServiceConvenes, .nb): "bare flyktningtjenesten kaller inn til møtene og fører svarene"
        case (.onlyRefugeeServiceConvenes, .en): "only the refugee service convenes the meetings and records the answers"
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
}
