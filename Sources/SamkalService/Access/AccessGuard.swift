import SamkalCore
import SamkalStore

/// Admits an operation or refuses it, as the need-to-know rule decides, before the use case
/// touches anything: an allowed operation's audit entry is handed back to be written in the
/// same transaction as what it allows; a refusal is audited at once, on its own, and thrown.
public struct AccessGuard: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// The audit entry of `operation` by `person` on `agreement`, or `AccessRefused`.
    /// `participants` are those the rule must know of (a participant's record).
    public func admit(
        _ operation: GuardedOperation, by person: String, on agreement: Agreement, participants: [Participant] = [], now: UTCTimestamp
    ) async throws -> AuditEntry {
        let decision = operation.decision(AccessPolicy(agreement: agreement, participants: participants), for: person)
        let entry = AuditEntry(
            at: now, actorID: person, action: operation.action, target: operation.target(agreement: agreement.id),
            allowed: decision.allowed, rule: decision.rule, agreementID: agreement.id
        )
        guard decision.allowed else {
            try await store.recordAudit([entry])
            throw AccessRefused(rule: decision.rule)
        }
        return entry
    }
}

/// The need-to-know rule refused an operation; the refusal is in the audit log.
public struct AccessRefused: Error, Sendable, Hashable {
    public let rule: AccessRule

    public init(rule: AccessRule) {
        self.rule = rule
    }
}
