import PostgresNIO
import SamkalCore

extension PostgresStore {
    public func addAccessToken(
        personID: String, label: String, tokenHash: String, expiresAt: UTCTimestamp, audit: AuditEntry?, now: UTCTimestamp
    ) async throws -> AccessToken {
        try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            guard let id = try session.value(Int64.self, """
                INSERT INTO accessToken (personId, label, tokenHash, createdAt, expiresAt)
                VALUES (\(personID), \(label), \(tokenHash), \(now.description), \(expiresAt.description))
                ON CONFLICT (tokenHash) DO NOTHING RETURNING id
                """) else { throw StoreError.duplicateToken }
            return AccessToken(id: id, personID: personID, label: label, createdAt: now, expiresAt: expiresAt, revokedAt: nil)
        }
    }

    public func accessToken(tokenHash: String, now: UTCTimestamp) async throws -> AccessToken? {
        try await session { session in
            try Self.accessTokens(session.rows("\(unescaped: Self.tokenColumns) WHERE tokenHash = \(tokenHash) AND revokedAt IS NULL"))
                .first.flatMap { $0.isValid(at: now) ? $0 : nil }
        }
    }

    public func accessTokens() async throws -> [AccessToken] {
        try await session { try Self.accessTokens($0.rows("\(unescaped: Self.tokenColumns) ORDER BY id")) }
    }

    public func revokeAccessToken(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool {
        try await write { session, _ in
            guard try session.run("UPDATE accessToken SET revokedAt = \(now.description) WHERE id = \(id) AND revokedAt IS NULL") > 0 else {
                return false
            }
            if let audit { try Self.audit(session, audit) }
            return true
        }
    }

    public func endSignIn(tokenHash: String, acceptedUntil: UTCTimestamp, now: UTCTimestamp) async throws {
        try await write { session, _ in
            try session.run("DELETE FROM endedSignIn WHERE acceptedUntil < \(now.description)")
            try session.run("""
                INSERT INTO endedSignIn (tokenHash, acceptedUntil) VALUES (\(tokenHash), \(acceptedUntil.description))
                ON CONFLICT (tokenHash) DO UPDATE SET acceptedUntil = GREATEST(endedSignIn.acceptedUntil, excluded.acceptedUntil)
                """)
        }
    }

    public func signInEnded(tokenHash: String, now: UTCTimestamp) async throws -> Bool {
        try await session { try $0.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM endedSignIn WHERE tokenHash = \(tokenHash))") ?? false }
    }

    private static let tokenColumns = "SELECT id, personId, label, createdAt, expiresAt, revokedAt FROM accessToken"

    private static func accessTokens(_ rows: [PostgresRow]) throws -> [AccessToken] {
        try rows.compactMap { row in
            let (id, person, label, created, expires, revoked) = try row.decode((Int64, String, String, String, String, String?).self)
            guard let created = UTCTimestamp(iso: created), let expires = UTCTimestamp(iso: expires) else { return nil }
            return AccessToken(
                id: id, personID: person, label: label, createdAt: created, expiresAt: expires, revokedAt: revoked.flatMap(UTCTimestamp.init(iso:))
            )
        }
    }
}
