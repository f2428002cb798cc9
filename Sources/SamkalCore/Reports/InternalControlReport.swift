/// Internkontroll for one agreement and year (kommuneloven § 25-1): each requirement of the
/// agreement and of IMDi's guidance against what happened, per participant too, and the
/// registration deadlines in the national register (NIR). Built by
/// `InternalControlBuilder` from what is stored; shaped for one reader by the need-to-know
/// rule (`AccessPolicy.canReadInternalControl`): a leader sees the participant checks only
/// as counts, never a name, a case id or a date of a participant.
public struct InternalControlReport: Sendable, Hashable {
    public let agreementID: String
    public let agreementName: String
    public let year: Int
    /// The day the report is made for: meetings before it without minutes are not documented.
    public let asOf: LocalDate
    public let timeZoneID: String
    /// The meetings at agreement level: leader meetings, the annual revision, information
    /// and cooperation meetings.
    public let requirements: [AgreementRequirement]
    /// Each participant's checks; nil when the reader sees them only as counts.
    public let participants: [ParticipantControl]?
    /// How many participants stand where, check by check: what a leader sees.
    public let participantSummary: [CheckSummary]
    /// Registration in NIR within two months; nil when the reader may not see participants.
    public let deadlines: [RegistrationDeadline]?

    /// Each shown participant as the report names them, by case id: `D-0042 Amanuel Tesfay`.
    /// Someone not shown is named by the case id alone.
    public var participantLabels: [String: String] {
        Dictionary((participants ?? []).map { ($0.participantID, "\($0.participantID) \($0.name)") }, uniquingKeysWith: { first, _ in first })
    }

    /// The whole report's status: its worst requirement's.
    public var status: ControlStatus {
        let all = requirements.map(\.status) + participantSummary.compactMap(\.worst)
        return all.max() ?? .held
    }
}

/// One requirement at agreement level and the meetings that meet it.
public struct AgreementRequirement: Sendable, Hashable {
    /// The kind of meeting required. The annual revision held as an item on a leader
    /// meeting has the leader meeting as its meeting.
    public let kind: MeetingKind
    public let meetings: [ControlledMeeting]

    public var status: ControlStatus { meetings.map(\.status).max() ?? .held }
    public var counts: StatusCounts { StatusCounts(meetings.map(\.status)) }
}

/// One required meeting and what became of it.
public struct ControlledMeeting: Sendable, Hashable {
    public let uid: String
    /// The short reference commands take for it (`M-…`); nil when it is not stored.
    public let reference: String?
    public let kind: MeetingKind
    public let period: String
    public let participantID: String?
    /// The days it was due in.
    public let window: DateSpan
    /// When it is (or was) planned; nil when it is not in the calendar.
    public let date: LocalDate?
    public let start: LocalTime?
    public let status: ControlStatus
    /// The latest revision of its minutes, when logged.
    public let minutesRevision: Int?
    /// Why it is missing, when the plan could not place it.
    public let reason: PlanNote?

    /// Whether it is planned within the days it was due in; nil when not planned.
    public var withinWindow: Bool? { date.map(window.contains) }
}

/// How many requirements (or participants) stand where.
public struct StatusCounts: Sendable, Hashable {
    public private(set) var counts: [ControlStatus: Int] = [:]

    public init(_ statuses: [ControlStatus]) {
        for status in statuses { counts[status, default: 0] += 1 }
    }

    public subscript(status: ControlStatus) -> Int { counts[status] ?? 0 }
    public var total: Int { counts.values.reduce(0, +) }
}

/// What internal control asks about each participant.
public enum ParticipantCheckKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The first three-way meeting, early in the programme (within its first weeks).
    case earlyThreeWay
    /// The three-way meetings during the programme, while the final goal is work.
    case threeWayDuring
    /// The three-way meetings in good time before the programme ends.
    case threeWayBeforeEnd
    /// The cross-disciplinary team's meetings.
    case teamMeetings
    /// Follow-up offered from the fourth month of parental leave.
    case leaveFollowUp
    /// The transition meeting before the end.
    case transition

    /// Which check a participant's required meeting belongs to, read off its kind and its
    /// period's label (`D-0042-early`, `D-0042-p1`, `D-0042-end6m`, …).
    static func of(_ kind: MeetingKind, label: String) -> ParticipantCheckKind? {
        switch kind {
        case .threeWayMeeting:
            if label == "early" { return .earlyThreeWay }
            return label.hasPrefix("end") ? .threeWayBeforeEnd : .threeWayDuring
        case .teamMeeting: return .teamMeetings
        case .leaveFollowUp: return .leaveFollowUp
        case .transitionMeeting: return .transition
        case .leaderMeeting, .agreementRevision, .cooperationMeeting, .infoMeeting: return nil
        }
    }
}

/// One participant in internal control: their programme and each check due this year.
public struct ParticipantControl: Sendable, Hashable {
    public let participantID: String
    public let name: String
    public let programme: DateSpan
    public let checks: [ParticipantCheck]

    public var status: ControlStatus { checks.map(\.status).max() ?? .held }
}

/// One check of one participant and its meetings.
public struct ParticipantCheck: Sendable, Hashable {
    public let kind: ParticipantCheckKind
    public let meetings: [ControlledMeeting]

    /// A check stands where its worst meeting does; a held meeting outside the days it was
    /// due in leaves the check not met.
    public var status: ControlStatus {
        let worst = meetings.map(\.status).max() ?? .held
        if worst == .held, meetings.contains(where: { $0.withinWindow == false }) { return .missing }
        return worst
    }
}

/// One check across every participant it is due for.
public struct CheckSummary: Sendable, Hashable {
    public let kind: ParticipantCheckKind
    /// The participants this check is due for, counted by where their check stands.
    public let participants: StatusCounts

    public var worst: ControlStatus? { participants.counts.keys.max() }
}
