import PostgresNIO
import SamkalCore

extension PostgresStore {
    public func addFeed(kind: FeedSubscription.Kind, subject: String, label: String, tokenHash: String, audit: AuditEntry?, now: UTCTimestamp) async throws -> FeedSubscription {
        try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            guard let id = try session.value(Int64.self, """
                INSERT INTO feed (kind, subject, label, tokenHash, createdAt) VALUES (\(kind.rawValue), \(subject), \(label), \(tokenHash), \(now.description))
                ON CONFLICT (tokenHash) DO NOTHING RETURNING id
                """) else { throw StoreError.duplicateToken }
            return FeedSubscription(id: id, kind: kind, subject: subject, label: label, createdAt: now, revokedAt: nil)
        }
    }

    public func feed(id: Int64) async throws -> FeedSubscription? {
        try await session { try Self.subscriptions($0.rows("\(unescaped: Self.feedColumns) WHERE id = \(id)")).first }
    }

    public func feeds() async throws -> [FeedSubscription] {
        try await session { try Self.subscriptions($0.rows("\(unescaped: Self.feedColumns) ORDER BY id")) }
    }

    public func feed(tokenHash: String) async throws -> FeedSubscription? {
        try await session { try Self.subscriptions($0.rows("\(unescaped: Self.feedColumns) WHERE tokenHash = \(tokenHash) AND revokedAt IS NULL")).first }
    }

    public func revokeFeed(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool {
        try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            return try session.run("UPDATE feed SET revokedAt = \(now.description) WHERE id = \(id) AND revokedAt IS NULL") > 0
        }
    }

    public func rotateFeed(id: Int64, tokenHash: String, audit: AuditEntry?) async throws -> Bool {
        try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            return try session.run("UPDATE feed SET tokenHash = \(tokenHash) WHERE id = \(id) AND revokedAt IS NULL") > 0
        }
    }

    private static let feedColumns = "SELECT id, kind, subject, label, createdAt, revokedAt FROM feed"

    private static func subscriptions(_ rows: [PostgresRow]) throws -> [FeedSubscription] {
        try rows.compactMap { row in
            let (id, kind, subject, label, created, revoked) = try row.decode((Int64, String, String, String, String, String?).self)
            guard let kind = FeedSubscription.Kind(rawValue: kind), let created = UTCTimestamp(iso: created) else { return nil }
            return FeedSubscription(
                id: id, kind: kind, subject: subject, label: label, createdAt: created, revokedAt: revoked.flatMap(UTCTimestamp.init(iso:))
            )
        }
    }
}
