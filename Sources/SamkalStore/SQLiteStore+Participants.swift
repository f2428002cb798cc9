import GRDB
import SamkalCore

extension SQLiteStore {
    /// Stores the agreement and its people (inside the caller's transaction).
    static func upsert(_ db: Database, agreement: Agreement, json: String, now: UTCTimestamp) throws {
        try db.execute(
            sql: """
                INSERT INTO agreement (id, name, json, updatedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, json = excluded.json, updatedAt = excluded.updatedAt
                WHERE agreement.json != excluded.json
                """,
            arguments: [agreement.id, agreement.name, json, now.description]
        )
        // A person belongs to one agreement; the same people under a new agreement id are
        // refused with a sentence rather than the table's constraint.
        let ids = agreement.sortedPeople.map(\.id)
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = databaseQuestionMarks(count: chunk.count)
            if let row = try Row.fetchOne(
                db, sql: "SELECT id, agreementId FROM person WHERE agreementId != ? AND id IN (\(marks)) ORDER BY id LIMIT 1",
                arguments: StatementArguments([agreement.id] + chunk)
            ) {
                throw StoreError.personInAnotherAgreement(person: row["id"], agreement: row["agreementId"])
            }
        }
        try db.execute(sql: "DELETE FROM person WHERE agreementId = ?", arguments: [agreement.id])
        for person in agreement.sortedPeople {
            try db.execute(
                sql: "INSERT INTO person (id, agreementId, name, email, role, partyId) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [person.id, agreement.id, person.name, person.email, person.role.rawValue, person.partyID]
            )
        }
    }

    /// The agreement with `id`, or the only one stored when `id` is `nil`.
    public func agreement(id: String?) async throws -> Agreement? {
        try await writer.read { db in
            if let id {
                return try String.fetchOne(db, sql: "SELECT json FROM agreement WHERE id = ?", arguments: [id])
                    .map { try StoredJSON.decode(Agreement.self, from: $0) }
            }
            let all = try String.fetchAll(db, sql: "SELECT json FROM agreement ORDER BY id LIMIT 2")
            guard all.count == 1 else { return nil }
            return try StoredJSON.decode(Agreement.self, from: all[0])
        }
    }

    public func importParticipants(_ participants: [Participant], agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> ImportSummary {
        let encoded = try participants.map { ($0.id, try StoredJSON.encode($0)) }
        let agreementJSON = try StoredJSON.encode(agreement)
        let agreementID = agreement.id
        return try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            try Self.upsert(db, agreement: agreement, json: agreementJSON, now: now)
            var inserted = 0
            var updated = 0
            for (id, json) in encoded {
                let existing = try String.fetchOne(db, sql: "SELECT json FROM participant WHERE id = ?", arguments: [id])
                switch existing {
                case nil:
                    try db.execute(
                        sql: "INSERT INTO participant (id, agreementId, json, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)",
                        arguments: [id, agreementID, json, now.description, now.description]
                    )
                    inserted += 1
                case json?:
                    break
                default:
                    try db.execute(
                        sql: "UPDATE participant SET agreementId = ?, json = ?, updatedAt = ? WHERE id = ?",
                        arguments: [agreementID, json, now.description, id]
                    )
                    updated += 1
                }
            }
            return ImportSummary(inserted: inserted, updated: updated)
        }
    }

    public func participants(agreementID: String) async throws -> [Participant] {
        try await writer.read { db in try Self.participants(db, agreementID: agreementID) }
    }

    public func participant(id: String) async throws -> Participant? {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT json FROM participant WHERE id = ?", arguments: [id])
                .map { try StoredJSON.decode(Participant.self, from: $0) }
        }
    }

    public func endParticipant(id: String, on date: LocalDate, audit: AuditEntry?, now: UTCTimestamp) async throws -> Participant {
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            guard let json = try String.fetchOne(db, sql: "SELECT json FROM participant WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownParticipant(id)
            }
            var participant = try StoredJSON.decode(Participant.self, from: json)
            participant.endedOn = date
            try db.execute(
                sql: "UPDATE participant SET json = ?, updatedAt = ? WHERE id = ?",
                arguments: [try StoredJSON.encode(participant), now.description, id]
            )
            return participant
        }
    }
}
