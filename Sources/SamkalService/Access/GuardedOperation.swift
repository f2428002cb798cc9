import SamkalCore

/// An operation the need-to-know rule guards, named as the use cases know it: each is
/// decided by one rule of `AccessPolicy` and logged under one audit action, the same for
/// the command line, the API and the web pages.
public enum GuardedOperation: Sendable, Hashable {
    /// The refugee service's work: planning, reading what a plan changed, importing busy
    /// time, sending invitations, the outbox, recording and reading replies.
    case convene(AuditEntry.Action)
    /// Importing, adding and ending participants.
    case manageParticipants(target: String)
    /// One participant's record.
    case readParticipant(id: String)
    /// Creating, revoking or rotating a subscription link: `owner` for a link to that
    /// person's own calendar, `nil` for a party's or the agreement's.
    case manageLink(owner: String?, target: String)
    /// Reading the audit log.
    case readAudit(target: String)

    /// The rule's decision for `person`.
    public func decision(_ policy: AccessPolicy, for person: String) -> AccessDecision {
        switch self {
        case .convene: policy.canConvene(as: person)
        case .manageParticipants: policy.canManageParticipants(as: person)
        case .readParticipant(let id): policy.canView(participantID: id, as: person)
        case .manageLink(let owner, _): policy.canManageLinks(ownPersonID: owner, as: person)
        case .readAudit: policy.canReadAudit(as: person)
        }
    }

    /// What the audit log calls it.
    public var action: AuditEntry.Action {
        switch self {
        case .convene(let action): action
        case .manageParticipants: .writeParticipants
        case .readParticipant: .readParticipants
        case .manageLink: .writeLinks
        case .readAudit: .readAudit
        }
    }

    /// What it is done to, as the audit log names it (`agreement` for the agreement's id).
    func target(agreement: String) -> String {
        switch self {
        case .convene: agreement
        case .manageParticipants(let target), .manageLink(_, let target), .readAudit(let target): target
        case .readParticipant(let id): id
        }
    }
}
