/// One line of the audit log: who did what to which record, when, and whether it was allowed.
public struct AuditEntry: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        case readMinutes, writeMinutes, readAttendance, listMinutes, closeActionItem, listActionItems
        /// Invitations put in the outbox (innkalling), and answers recorded.
        case sendInvitations, recordReplies
        /// The participant register: listed or shown; imported, added or ended.
        case readParticipants, writeParticipants
        /// Subscription links: listed; made, revoked or rotated.
        case readLinks, writeLinks
        /// The audit log itself was read.
        case readAudit
        /// A plan computed (and stored), or the changes of the last one read.
        case plan, readPlan
        /// Busy time imported (a person's, a participant's or a class's calendar).
        case importBusyTime
        /// The outbox listed, or failed messages requeued.
        case readOutbox, requeueOutbox
        /// The answers to invitations listed.
        case readReplies
        /// Meetings about participants listed (`samkal meetings`, or the candidates of an
        /// ambiguous reference).
        case listMeetings
    }

    public let id: Int64?
    public let at: UTCTimestamp
    public let actorID: String
    public let action: Action
    /// The meeting UID, participant id or listing the action concerned.
    public let target: String
    public let allowed: Bool
    /// The rule that allowed or refused it.
    public let rule: AccessRule

    public init(id: Int64? = nil, at: UTCTimestamp, actorID: String, action: Action, target: String, allowed: Bool, rule: AccessRule) {
        self.id = id
        self.at = at
        self.actorID = actorID
        self.action = action
        self.target = target
        self.allowed = allowed
        self.rule = rule
    }
}
