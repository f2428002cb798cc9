/// Sluttmål: what the programme aims at.
public enum FinalGoal: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arbeid.
    case work
    /// Utdanning (grunnskole, videregående, høyere utdanning).
    case education

    /// The goal as a person reads it.
    public func text(in language: Language) -> String {
        switch self {
        case .work: language.pick(nb: "arbeid", nn: "arbeid", en: "work")
        case .education: language.pick(nb: "utdanning", nn: "utdanning", en: "education")
        }
    }
}

/// A participant (deltaker) in the introduction programme.
///
/// Identified by the municipality's case id (saksnummer), never by a national identity
/// number. Everything here is personal data: it is shown only to those who follow the
/// participant (ARCHITECTURE.md, "Who may see what").
public struct Participant: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// Preferred language as an ISO 639 / BCP 47 code (e.g. `ti`, `ar`, `uk`).
    public var language: String
    public var needsInterpreter: Bool
    public var programmeStart: LocalDate
    public var plannedEnd: LocalDate
    public var finalGoal: FinalGoal
    /// Programrådgiver (person id in the agreement).
    public var programAdvisorID: String
    /// NAV-veileder (person id in the agreement).
    public var navAdvisorID: String?
    /// The parties the cross-disciplinary team needs (health, adult education, …).
    public var teamNeeds: [PartyKind]
    /// Named team members (person ids), beyond the advisors.
    public var teamMemberIDs: [String]
    /// Periods of parental leave (fødselspermisjon).
    public var parentalLeave: [DateSpan]
    /// The participant's own holiday (5 weeks a year), as periods.
    public var holidays: [DateSpan]
    /// The adult-education class group whose timetable is the participant's busy time.
    public var classGroup: String?
    /// Set when the participant has left the programme.
    public var endedOn: LocalDate?
    /// The municipality the participant lives in (bostedskommune), when another runs the
    /// programme for it (vertskommunesamarbeid); nil: the agreement's own municipality.
    public var homeMunicipality: String?

    public init(
        id: String, name: String, language: String, needsInterpreter: Bool,
        programmeStart: LocalDate, plannedEnd: LocalDate, finalGoal: FinalGoal,
        programAdvisorID: String, navAdvisorID: String?, teamNeeds: [PartyKind] = [],
        teamMemberIDs: [String] = [], parentalLeave: [DateSpan] = [], holidays: [DateSpan] = [],
        classGroup: String? = nil, endedOn: LocalDate? = nil, homeMunicipality: String? = nil
    ) {
        self.homeMunicipality = homeMunicipality
        self.id = id
        self.name = name
        self.language = language
        self.needsInterpreter = needsInterpreter
        self.programmeStart = programmeStart
        self.plannedEnd = plannedEnd
        self.finalGoal = finalGoal
        self.programAdvisorID = programAdvisorID
        self.navAdvisorID = navAdvisorID
        self.teamNeeds = teamNeeds
        self.teamMemberIDs = teamMemberIDs
        self.parentalLeave = parentalLeave
        self.holidays = holidays
        self.classGroup = classGroup
        self.endedOn = endedOn
    }

    /// Everyone who follows the participant and so may see their case: the programme
    /// advisor, the NAV advisor and the team members.
    public var followerIDs: [String] {
        var ids = [programAdvisorID]
        if let navAdvisorID { ids.append(navAdvisorID) }
        for member in teamMemberIDs where !ids.contains(member) { ids.append(member) }
        return ids
    }

    /// The last day of the programme: the day it ended, or the planned end.
    public var lastDay: LocalDate { endedOn ?? plannedEnd }
}
