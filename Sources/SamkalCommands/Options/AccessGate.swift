import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// Where a command meets the need-to-know rule, through the use cases' `AccessGuard`: a
/// refusal is in the audit log and ends the command with exit status 77; an allowed
/// operation gives the audit entry the command writes with its change.
enum AccessGate {
    static func admit(
        _ operation: GuardedOperation, person: String, agreement: Agreement, participants: [Participant] = [],
        store: any SamkalStore, language: Language
    ) async throws -> AuditEntry {
        do {
            return try await AccessGuard(store: store).admit(operation, by: person, on: agreement, participants: participants, now: SystemClock.now())
        } catch let refused as AccessRefused {
            throw CommandFailure.refusal(refused.rule, language)
        }
    }

    /// Runs a use case that audits its own refusals; a refusal ends the command with status 77.
    static func run<T>(language: Language, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let refused as AccessRefused {
            throw CommandFailure.refusal(refused.rule, language)
        }
    }
}
