import ArgumentParser
import SamkalCore
import SamkalStore

/// Where a command meets the need-to-know rule: a refusal is written to the audit log
/// (who, what, which rule) and ends the command with exit status 77; an allowed access
/// gives the audit entry the command writes with its change, in the same transaction.
enum AccessGate {
    static func check(
        _ decision: AccessDecision, action: AuditEntry.Action, target: String, person: String,
        store: any SamkalStore, language: Language
    ) async throws -> AuditEntry {
        let entry = AuditEntry(
            at: SystemClock.now(), actorID: person, action: action, target: target,
            allowed: decision.allowed, rule: decision.rule
        )
        guard decision.allowed else {
            try await store.recordAudit([entry])
            throw CommandFailure.refusal(decision.rule, language)
        }
        return entry
    }
}
