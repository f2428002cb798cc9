import SamkalCore

/// A subscription to a feed: whose calendar it is and the hash of its secret token.
public struct FeedSubscription: Sendable, Hashable, Codable, Identifiable {
    /// Whose calendar: one person's, one party's or a whole agreement's.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person, party, agreement
    }

    public let id: Int64
    public let kind: Kind
    /// The person, party or agreement id.
    public let subject: String
    public let label: String
    public let createdAt: UTCTimestamp
    public let revokedAt: UTCTimestamp?

    public init(id: Int64, kind: Kind, subject: String, label: String, createdAt: UTCTimestamp, revokedAt: UTCTimestamp?) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.label = label
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    public var isActive: Bool { revokedAt == nil }
}
