import SamkalCore

/// Calendar subscriptions and their secret links: only a hash of each token is kept.
public protocol SubscriptionStore: Sendable {
    /// A new subscription; `audit` is written in the same transaction.
    func addFeed(kind: FeedSubscription.Kind, subject: String, label: String, tokenHash: String, audit: AuditEntry?, now: UTCTimestamp) async throws -> FeedSubscription
    /// One subscription by id, revoked or not.
    func feed(id: Int64) async throws -> FeedSubscription?
    /// The active subscription whose token has this hash.
    func feed(tokenHash: String) async throws -> FeedSubscription?
    func feeds() async throws -> [FeedSubscription]
    /// `false` when there is no active subscription `id`.
    func revokeFeed(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool
    /// Replaces the token of an active subscription; the old one stops working at once.
    func rotateFeed(id: Int64, tokenHash: String, audit: AuditEntry?) async throws -> Bool
}

extension SubscriptionStore {
    /// A subscription made without an audit entry: the server's first start, and tests.
    public func addFeed(kind: FeedSubscription.Kind, subject: String, label: String, tokenHash: String, now: UTCTimestamp) async throws -> FeedSubscription {
        try await addFeed(kind: kind, subject: subject, label: label, tokenHash: tokenHash, audit: nil, now: now)
    }

    public func revokeFeed(id: Int64, now: UTCTimestamp) async throws -> Bool {
        try await revokeFeed(id: id, audit: nil, now: now)
    }
}
