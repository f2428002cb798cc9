import SamkalCore
import SamkalStore

/// `samkal audit` and `GET /audit`: the audit log of an agreement, for internal control
/// (the refugee service's leader and contact persons). The reading is itself audited.
public struct AuditLogReading: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// The last `limit` entries (all when nil) of `agreementID` (or the only agreement
    /// stored), oldest first; with one agreement stored, every entry is its (refusals of
    /// unknown people too). Refused: `AccessRefused`, audited.
    public func read(agreementID: String?, limit: Int?, as person: String, now: UTCTimestamp) async throws -> (agreement: Agreement, entries: [AuditEntry]) {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        let audit = try await AccessGuard(store: store).admit(
            .readAudit(target: limit.map { "last \($0)" } ?? "all"), by: person, on: agreement, now: now
        )
        try await store.recordAudit([audit])
        let scoped = try await store.agreementIDs().count > 1 ? agreement.id : nil
        return (agreement, try await store.auditLog(agreementID: scoped, limit: limit))
    }
}
