import SamkalCore
import SamkalStore

/// `samkal outbox list|retry` and `GET /outbox`, `POST /outbox/retry`: the invitations of
/// one agreement's meetings, queued, sent or given up on; only the refugee service (the
/// convener) sees or requeues them, and each reading is audited.
public struct OutboxService: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// The messages of `agreementID`'s meetings (or the only agreement's), with `status`
    /// only when given. Refused: `AccessRefused`, audited.
    public func list(agreementID: String?, status: OutboxEntry.Status?, as person: String, now: UTCTimestamp) async throws -> (agreement: Agreement, lines: [OutboxLine]) {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        let audit = try await AccessGuard(store: store).admit(.convene(.readOutbox), by: person, on: agreement, now: now)
        try await store.recordAudit([audit])
        let uids = Set(try await store.meetings(agreementID: agreement.id).map(\.uid))
        return (agreement, try await store.outbox(status: status).filter { uids.contains($0.invitation.meetingUID) }.map(OutboxLine.init))
    }

    /// Puts this agreement's failed messages back in the queue (another municipality's
    /// outbox is its own); how many. Refused: `AccessRefused`, audited.
    public func retryFailed(agreementID: String?, as person: String, now: UTCTimestamp) async throws -> Int {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        let audit = try await AccessGuard(store: store).admit(.convene(.requeueOutbox), by: person, on: agreement, now: now)
        try await store.recordAudit([audit])
        return try await store.retryFailedOutbox(now: now, agreementID: agreement.id)
    }
}
