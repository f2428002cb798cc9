import GRDB
import SamkalCore

extension SQLiteStore {
    public func addFeed(kind: FeedSubscription.Kind, subject: String, label: String, tokenHash: String, audit: AuditEntry?, now: UTCTimestamp) async throws -> FeedSubscription {
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feed WHERE tokenHash = ?", arguments: [tokenHash]) == 0 else {
                throw StoreError.duplicateToken
            }
            try db.execute(
                sql: "INSERT INTO feed (kind, subject, label, tokenHash, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [kind.rawValue, subject, label, tokenHash, now.description]
            )
            return FeedSubscription(id: db.lastInsertedRowID, kind: kind, subject: subject, label: label, createdAt: now, revokedAt: nil)
        }
    }

    /// One subscription by id, revoked or not.
    public func feed(id: Int64) async throws -> FeedSubscription? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM feed WHERE id = ?", arguments: [id]).flatMap(Self.subscription)
        }
    }

    public func feeds() async throws -> [FeedSubscription] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM feed ORDER BY id").compactMap(Self.subscription)
        }
    }

    /// The active subscription whose token has this hash.
    public func feed(tokenHash: String) async throws -> FeedSubscription? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM feed WHERE tokenHash = ? AND revokedAt IS NULL", arguments: [tokenHash])
                .flatMap(Self.subscription)
        }
    }

    public func revokeFeed(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool {
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            try db.execute(sql: "UPDATE feed SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [now.description, id])
            return db.changesCount > 0
        }
    }

    /// Replaces the token of an active subscription; the old one stops working at once.
    public func rotateFeed(id: Int64, tokenHash: String, audit: AuditEntry?) async throws -> Bool {
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            try db.execute(sql: "UPDATE feed SET tokenHash = ? WHERE id = ? AND revokedAt IS NULL", arguments: [tokenHash, id])
            return db.changesCount > 0
        }
    }

    /// When each meeting last changed (its plan version's time): DTSTAMP and Last-Modified.
    public func meetingChangeTimes(agreementID: String) async throws -> [String: UTCTimestamp] {
        try await writer.read { db in
            var times: [String: UTCTimestamp] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.uid, v.createdAt FROM meeting m JOIN planVersion v ON v.number = m.changedVersion
                WHERE m.agreementId = ?
                """, arguments: [agreementID])
            while let row = try rows.next() {
                if let time = UTCTimestamp(iso: row["createdAt"]) { times[row["uid"]] = time }
            }
            return times
        }
    }

    private static func subscription(_ row: Row) -> FeedSubscription? {
        guard let kind = FeedSubscription.Kind(rawValue: row["kind"]),
              let created = UTCTimestamp(iso: row["createdAt"])
        else { return nil }
        return FeedSubscription(
            id: row["id"], kind: kind, subject: row["subject"], label: row["label"], createdAt: created,
            revokedAt: (row["revokedAt"] as String?).flatMap(UTCTimestamp.init(iso:))
        )
    }
}

