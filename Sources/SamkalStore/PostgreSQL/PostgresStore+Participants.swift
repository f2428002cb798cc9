import PostgresNIO
import SamkalCore

extension PostgresStore {
    /// Stores the agreement and its people (inside the caller's transaction); as
    /// `SQLiteStore.upsert`: one id is one person in the whole store.
    static func upsert(_ session: PostgresSession, agreement: Agreement, json: String, now: UTCTimestamp, checkingPeople: Bool = true) throws {
        try session.run("""
            INSERT INTO agreement (id, name, json, updatedAt) VALUES (\(agreement.id), \(agreement.name), \(json), \(now.description))
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json, updatedAt = excluded.updatedAt
            WHERE agreement.json <> excluded.json
            """)
        let people = agreement.sortedPeople
        if checkingPeople, !people.isEmpty {
            let rows = try session.rows("""
                SELECT id, agreementId, name, email FROM person WHERE agreementId <> \(agreement.id) AND id = ANY(\(people.map(\.id)))
                ORDER BY id, agreementId
                """)
            for row in rows {
                let (id, other, name, email) = try row.decode((String, String, String, String).self)
                guard let person = agreement.people[id] else { continue }
                if person.name != name || person.email != email {
                    throw StoreError.personDefinedDifferently(person: id, agreement: other)
                }
            }
        }
        try session.run("DELETE FROM person WHERE agreementId = \(agreement.id)")
        guard !people.isEmpty else { return }
        try session.run("""
            INSERT INTO person (agreementId, id, name, email, role, partyId)
            SELECT \(agreement.id), * FROM unnest(\(people.map(\.id)), \(people.map(\.name)), \(people.map(\.email)),
                \(people.map(\.role.rawValue)), \(people.map(\.partyID)))
            """)
    }

    /// As `SQLiteStore.checkPeopleAgree`, after several agreements were stored together.
    static func checkPeopleAgree(_ session: PostgresSession, among agreementIDs: [String]) throws {
        guard let id = try session.value(String.self, """
            SELECT id FROM person GROUP BY id HAVING COUNT(DISTINCT name) > 1 OR COUNT(DISTINCT email) > 1 ORDER BY id LIMIT 1
            """) else { return }
        let holders = try session.values(String.self, "SELECT agreementId FROM person WHERE id = \(id) ORDER BY agreementId")
        let other = holders.first { !agreementIDs.contains($0) } ?? holders.last ?? ""
        throw StoreError.personDefinedDifferently(person: id, agreement: other)
    }

    public func agreementIDs() async throws -> [String] {
        try await session { try $0.values(String.self, "SELECT id FROM agreement ORDER BY id") }
    }

    public func agreement(id: String) async throws -> Agreement? {
        try await session { session in
            try session.value(String.self, "SELECT json FROM agreement WHERE id = \(id)").map { try StoredJSON.decode(Agreement.self, from: $0) }
        }
    }

    public func agreementID(ofParticipant id: String) async throws -> String? {
        try await session { try $0.value(String.self, "SELECT agreementId FROM participant WHERE id = \(id)") }
    }

    public func agreementID(ofMeeting uid: String) async throws -> String? {
        try await session { try $0.value(String.self, "SELECT agreementId FROM meeting WHERE uid = \(uid)") }
    }

    public func importParticipants(_ participants: [Participant], agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> ImportSummary {
        let encoded = try participants.map { ($0.id, try StoredJSON.encode($0)) }
        let agreementJSON = try StoredJSON.encode(agreement)
        let agreementID = agreement.id
        return try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            try Self.upsert(session, agreement: agreement, json: agreementJSON, now: now)
            var stored: [String: (agreementID: String, json: String)] = [:]
            for row in try session.rows("SELECT id, agreementId, json FROM participant WHERE id = ANY(\(encoded.map(\.0)))") {
                let (id, owner, json) = try row.decode((String, String, String).self)
                stored[id] = (owner, json)
            }
            var inserted: [(String, String)] = []
            var updated: [(String, String)] = []
            for (id, json) in encoded {
                if let existing = stored[id], existing.agreementID != agreementID {
                    throw StoreError.participantInAnotherAgreement(participant: id, agreement: existing.agreementID)
                }
                switch stored[id]?.json {
                case nil: inserted.append((id, json))
                case json?: break
                default: updated.append((id, json))
                }
                stored[id] = (agreementID, json)
            }
            if !inserted.isEmpty {
                try session.run("""
                    INSERT INTO participant (id, agreementId, json, createdAt, updatedAt)
                    SELECT id, \(agreementID), json, \(now.description), \(now.description)
                    FROM unnest(\(inserted.map(\.0)), \(inserted.map(\.1))) AS new (id, json)
                    """)
            }
            if !updated.isEmpty {
                try session.run("""
                    UPDATE participant SET json = changed.json, updatedAt = \(now.description)
                    FROM unnest(\(updated.map(\.0)), \(updated.map(\.1))) AS changed (id, json) WHERE participant.id = changed.id
                    """)
            }
            return ImportSummary(inserted: inserted.count, updated: updated.count)
        }
    }

    public func participants(agreementID: String) async throws -> [Participant] {
        try await session { try Self.participants($0, agreementID: agreementID) }
    }

    public func participant(id: String) async throws -> Participant? {
        try await session { session in
            try session.value(String.self, "SELECT json FROM participant WHERE id = \(id)").map { try StoredJSON.decode(Participant.self, from: $0) }
        }
    }

    public func endParticipant(id: String, on date: LocalDate, audit: AuditEntry?, now: UTCTimestamp) async throws -> Participant {
        try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            guard let json = try session.value(String.self, "SELECT json FROM participant WHERE id = \(id) FOR UPDATE") else {
                throw StoreError.unknownParticipant(id)
            }
            var participant = try StoredJSON.decode(Participant.self, from: json)
            participant.endedOn = date
            try session.run("UPDATE participant SET json = \(try StoredJSON.encode(participant)), updatedAt = \(now.description) WHERE id = \(id)")
            return participant
        }
    }
}
