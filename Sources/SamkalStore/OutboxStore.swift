import SamkalCore

/// The durable outbox of invitations: each (meeting, attendee, SEQUENCE, method) once, as
/// the bytes that will be sent, with every attempt recorded.
public protocol OutboxStore: Sendable {
    /// Queues messages and marks their meetings sent out (STATUS:CONFIRMED), audited;
    /// returns how many were new.
    func enqueueInvitations(_ messages: [NewOutboxMessage], actorID: String, now: UTCTimestamp) async throws -> Int
    /// Everything ever queued, as the invitation planner needs it.
    func sentInvitations() async throws -> [SentInvitation]
    /// When each meeting was last sent out.
    func meetingConfirmationTimes() async throws -> [String: UTCTimestamp]
    func outbox(status: OutboxEntry.Status?) async throws -> [OutboxEntry]
    /// Messages due for delivery now (optionally of one meeting): pending ones whose time
    /// has come, and those whose sender's claim has lapsed (it died while sending).
    func dueOutbox(now: UTCTimestamp, meetingUID: String?) async throws -> [OutboxEntry]
    /// Claims a due message for `sender` until `until` and counts the attempt, before the
    /// message leaves: `false` when it is not due or another sender's claim still holds,
    /// so each message is handed to a server by one sender at a time, however many run.
    /// The sender's own claim may be renewed (a retry within its run).
    func claimOutbox(id: Int64, by sender: String, now: UTCTimestamp, until: UTCTimestamp) async throws -> Bool
    func outboxSent(id: Int64, to destination: String, now: UTCTimestamp) async throws
    /// A failed attempt: retried at `retryAt`, or given up when it is `nil`.
    func outboxFailed(id: Int64, error: String, retryAt: UTCTimestamp?) async throws
    /// Puts failed messages back in the queue; returns how many.
    /// Puts failed messages back in the queue: those of `agreementID`'s meetings, or all.
    func retryFailedOutbox(now: UTCTimestamp, agreementID: String?) async throws -> Int
}

extension OutboxStore {
    public func outbox() async throws -> [OutboxEntry] { try await outbox(status: nil) }
    public func dueOutbox(now: UTCTimestamp) async throws -> [OutboxEntry] { try await dueOutbox(now: now, meetingUID: nil) }
    public func retryFailedOutbox(now: UTCTimestamp) async throws -> Int { try await retryFailedOutbox(now: now, agreementID: nil) }
}
