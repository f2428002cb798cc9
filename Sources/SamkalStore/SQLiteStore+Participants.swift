import GRDB
import SamkalCore

extension SQLiteStore {
    /// Stores the agreement and its people (inside the caller's transaction).
    /// With `checkingPeople` false the caller checks, once every agreement of its
    /// transaction is stored, that each shared person is written the same way everywhere
    /// (`checkPeopleAgree`): several agreements changing a shared person's address together.
    static func upsert(_ db: Database, agreement: Agreement, json: String, now: UTCTimestamp, checkingPeople: Bool = true) throws {
        try db.execute(
            sql: """
                INSERT INTO agreement (id, name, json, updatedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, json = excluded.json, updatedAt = excluded.updatedAt
                WHERE agreement.json != excluded.json
                """,
            arguments: [agreement.id, agreement.name, json, now.description]
        )
        // One id is one person in the whole store: a person another agreement defines with
        // another name or address is refused with a sentence, not stored twice.
        let people = agreement.sortedPeople
        let checked = checkingPeople ? people : []
        for chunk in stride(from: 0, to: checked.count, by: 500).map({ Array(checked[$0..<min($0 + 500, checked.count)]) }) {
            let marks = databaseQuestionMarks(count: chunk.count)
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, agreementId, name, email FROM person WHERE agreementId != ? AND id IN (\(marks)) ORDER BY id, agreementId",
                arguments: StatementArguments([agreement.id] + chunk.map(\.id))
            )
            for row in rows {
                let id: String = row["id"]
                guard let person = agreement.people[id] else { continue }
                if person.name != row["name"] || person.email != row["email"] {
                    throw StoreError.personDefinedDifferently(person: id, agreement: row["agreementId"])
                }
            }
        }
        try db.execute(sql: "DELETE FROM person WHERE agreementId = ?", arguments: [agreement.id])
        for person in people {
            try db.execute(
                sql: "INSERT INTO person (agreementId, id, name, email, role, partyId) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [agreement.id, person.id, person.name, person.email, person.role.rawValue, person.partyID]
            )
        }
    }

    /// Refuses, after several agreements were stored in one transaction, a person id that the
    /// store now holds with two names or addresses (naming an agreement of `among` if one
    /// differs from another's, else any).
    static func checkPeopleAgree(_ db: Database, among agreementIDs: [String]) throws {
        guard let id = try String.fetchOne(db, sql: """
            SELECT id FROM person GROUP BY id HAVING COUNT(DISTINCT name) > 1 OR COUNT(DISTINCT email) > 1 ORDER BY id LIMIT 1
            """) else { return }
        let rows = try Row.fetchAll(db, sql: "SELECT agreementId FROM person WHERE id = ? ORDER BY agreementId", arguments: [id])
        let holders: [String] = rows.map { $0["agreementId"] }
        let other = holders.first { !agreementIDs.contains($0) } ?? holders.last ?? ""
        throw StoreError.personDefinedDifferently(person: id, agreement: other)
    }

    public func agreementIDs() async throws -> [String] {
        try await writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM agreement ORDER BY id") }
    }

    public func agreement(id: String) async throws -> Agreement? {
        try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT json FROM agreement WHERE id = ?", arguments: [id])
                .map { try StoredJSON.decode(Agreement.self, from: $0) }
        }
    }

    public func agreementID(ofParticipant id: String) async throws -> String? {
        try await writer.read { db in try String.fetchOne(db, sql: "SELECT agreementId FROM participant WHERE id = ?", arguments: [id]) }
    }

    public func agreementID(ofMeeting uid: String) async throws -> String? {
        try await writer.read { db in try String.fetchOne(db, sql: "SELECT agreementId FROM meeting WHERE uid = ?", arguments: [uid]) }
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
                let row = try Row.fetchOne(db, sql: "SELECT agreementId, json FROM participant WHERE id = ?", arguments: [id])
                if let row, row["agreementId"] != agreementID {
                    throw StoreError.participantInAnotherAgreement(participant: id, agreement: row["agreementId"])
                }
                switch row?["json"] as String? {
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
                        sql: "UPDATE participant SET json = ?, updatedAt = ? WHERE id = ?",
                        arguments: [json, now.description, id]
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
