import SamkalCore
import SamkalStore

/// One outbox message as `samkal outbox list` shows it: where it stands, never its text.
public struct OutboxLine: Sendable, Hashable {
    public let id: Int64
    public let status: OutboxEntry.Status
    public let method: InvitationMethod
    public let sequence: Int
    public let meetingUID: String
    public let recipient: String
    public let attempts: Int
    public let nextAttemptAt: UTCTimestamp
    public let sentAt: UTCTimestamp?
    public let lastError: String?

    public init(
        id: Int64, status: OutboxEntry.Status, method: InvitationMethod, sequence: Int, meetingUID: String, recipient: String,
        attempts: Int, nextAttemptAt: UTCTimestamp, sentAt: UTCTimestamp?, lastError: String?
    ) {
        self.id = id
        self.status = status
        self.method = method
        self.sequence = sequence
        self.meetingUID = meetingUID
        self.recipient = recipient
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.sentAt = sentAt
        self.lastError = lastError
    }

    public init(_ entry: OutboxEntry) {
        self.init(
            id: entry.id, status: entry.status, method: entry.invitation.method, sequence: entry.invitation.sequence,
            meetingUID: entry.invitation.meetingUID, recipient: entry.recipient, attempts: entry.attempts,
            nextAttemptAt: entry.nextAttemptAt, sentAt: entry.sentAt, lastError: entry.lastError
        )
    }
}
