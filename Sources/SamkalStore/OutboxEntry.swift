import SamkalCore

/// One message in the outbox: an invitation to one attendee for one version of a meeting.
public struct OutboxEntry: Sendable, Hashable {
    /// Where a message stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Waiting to be sent (again, after `nextAttemptAt`, if an attempt failed).
        case pending
        /// An attempt started and did not finish; treated as pending (the message is sent
        /// again rather than lost, with the same Message-ID).
        case sending
        case sent
        /// Given up: the server refused it for good, or too many attempts failed.
        case failed
    }

    public let id: Int64
    public let invitation: SentInvitation
    public let sender: String
    public let recipient: String
    public let subject: String
    public let messageID: String
    public let message: [UInt8]
    public let status: Status
    public let attempts: Int
    public let nextAttemptAt: UTCTimestamp
    public let lastError: String?
    public let createdAt: UTCTimestamp
    public let sentAt: UTCTimestamp?
    /// `smtp://host:port` or the `.eml` file the message was written to.
    public let deliveredTo: String?
}

/// A message to put in the outbox.
public struct NewOutboxMessage: Sendable, Hashable {
    public let invitation: SentInvitation
    public let sender: String
    public let recipient: String
    public let subject: String
    public let messageID: String
    public let message: [UInt8]

    public init(invitation: SentInvitation, sender: String, recipient: String, subject: String, messageID: String, message: [UInt8]) {
        self.invitation = invitation
        self.sender = sender
        self.recipient = recipient
        self.subject = subject
        self.messageID = messageID
        self.message = message
    }
}
