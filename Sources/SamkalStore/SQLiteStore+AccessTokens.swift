import GRDB
import SamkalCore

extension SQLiteStore {
    public func addAccessToken(
        personID: String, label: String, tokenHash: String, expiresAt: UTCTimestamp, audit: AuditEntry?, now: UTCTimestamp
    ) async throws -> AccessToken {
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accessToken WHERE tokenHash = ?", arguments: [tokenHash]) == 0 else {
                throw StoreError.duplicateToken
            }
            try db.execute(
                sql: "INSERT INTO accessToken (personId, label, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [personID, label, tokenHash, now.description, expiresAt.description]
            )
            return AccessToken(id: db.lastInsertedRowID, personID: personID, label: label, createdAt: now, expiresAt: expiresAt, revokedAt: nil)
        }
    }

    public func accessToken(tokenHash: String, now: UTCTimestamp) async throws -> AccessToken? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM accessToken WHERE tokenHash = ? AND revokedAt IS NULL", arguments: [tokenHash])
                .flatMap(Self.accessToken)
                .flatMap { $0.isValid(at: now) ? $0 : nil }
        }
    }

    public func accessTokens() async throws -> [AccessToken] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accessToken ORDER BY id").compactMap(Self.accessToken)
        }
    }

    public func revokeAccessToken(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "UPDATE accessToken SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [now.description, id])
            guard db.changesCount > 0 else { return false }
            if let audit { try Self.audit(db, audit) }
            return true
        }
    }

    public func endSignIn(tokenHash: String, acceptedUntil: UTCTimestamp, now: UTCTimestamp) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM endedSignIn WHERE acceptedUntil < ?", arguments: [now.description])
            try db.execute(
                sql: """
                    INSERT INTO endedSignIn (tokenHash, acceptedUntil) VALUES (?, ?)
                    ON CONFLICT (tokenHash) DO UPDATE SET acceptedUntil = max(acceptedUntil, excluded.acceptedUntil)
                    """,
                arguments: [tokenHash, acceptedUntil.description]
            )
        }
    }

    public func signInEnded(tokenHash: String, now: UTCTimestamp) async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM endedSignIn WHERE tokenHash = ?)", arguments: [tokenHash]) ?? false
        }
    }

    private static func accessToken(_ row: Row) -> AccessToken? {
        guard let created = UTCTimestamp(iso: row["createdAt"]), let expires = UTCTimestamp(iso: row["expiresAt"]) else { return nil }
        return AccessToken(
            id: row["id"], personID: row["personId"], label: row["label"], createdAt: created, expiresAt: expires,
            revokedAt: (row["revokedAt"] as String?).flatMap(UTCTimestamp.init(iso:))
        )
    }
}
