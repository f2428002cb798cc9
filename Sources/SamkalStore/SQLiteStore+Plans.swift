import GRDB
import SamkalCore

extension SQLiteStore {
    public func recordPlan(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            try Self.upsert(db, agreement: agreement, json: agreementJSON, now: now)
            let stored = try Self.storedMeetings(db, for: plan)
            let outcome = PlanVersioning.reconcile(stored: stored, with: plan)
            try db.execute(
                sql: "INSERT INTO planVersion (agreementId, createdAt, rangeFrom, rangeTo) VALUES (?, ?, ?, ?)",
                arguments: [plan.agreementID, now.description, plan.range.first.description, plan.range.last.description]
            )
            let number = db.lastInsertedRowID
            for meeting in outcome.changedMeetings {
                try db.execute(
                    sql: """
                        INSERT INTO meeting (uid, agreementId, kind, date, participantId, sequence, status, json, firstVersion, changedVersion)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(uid) DO UPDATE SET kind = excluded.kind, date = excluded.date,
                            participantId = excluded.participantId, sequence = excluded.sequence,
                            status = excluded.status, json = excluded.json, changedVersion = excluded.changedVersion
                        """,
                    arguments: [
                        meeting.uid, plan.agreementID, meeting.kind.rawValue, meeting.date.description,
                        meeting.participantID, meeting.sequence, meeting.status.rawValue,
                        try StoredJSON.encode(meeting), number, number,
                    ]
                )
            }
            for meeting in outcome.plan.meetings {
                try db.execute(
                    sql: "INSERT INTO planVersionMeeting (version, uid, sequence, status) VALUES (?, ?, ?, ?)",
                    arguments: [number, meeting.uid, meeting.sequence, meeting.status.rawValue]
                )
            }
            for change in outcome.changes {
                try db.execute(
                    sql: "INSERT INTO meetingChange (version, uid, json) VALUES (?, ?, ?)",
                    arguments: [number, change.uid, try StoredJSON.encode(change)]
                )
            }
            return PlanVersion(number: number, createdAt: now, plan: outcome.plan, changes: outcome.changes)
        }
    }

    /// The stored meetings a new plan must be reconciled with: those dated in its range and
    /// those it plans again (which may have been elsewhere before).
    private static func storedMeetings(_ db: Database, for plan: Plan) throws -> [PlannedMeeting] {
        var byUID: [String: PlannedMeeting] = [:]
        let inRange = try String.fetchAll(
            db,
            sql: "SELECT json FROM meeting WHERE agreementId = ? AND date BETWEEN ? AND ?",
            arguments: [plan.agreementID, plan.range.first.description, plan.range.last.description]
        )
        for json in inRange {
            let meeting = try StoredJSON.decode(PlannedMeeting.self, from: json)
            byUID[meeting.uid] = meeting
        }
        let wanted = plan.meetings.map(\.uid).filter { byUID[$0] == nil }
        for chunk in stride(from: 0, to: wanted.count, by: 500).map({ Array(wanted[$0..<min($0 + 500, wanted.count)]) }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for json in try String.fetchAll(db, sql: "SELECT json FROM meeting WHERE uid IN (\(placeholders))", arguments: StatementArguments(chunk)) {
                let meeting = try StoredJSON.decode(PlannedMeeting.self, from: json)
                byUID[meeting.uid] = meeting
            }
        }
        return byUID.values.sorted { $0.uid < $1.uid }
    }

    public func latestPlanVersion(agreementID: String) async throws -> PlanVersionSummary? {
        try await writer.read { db in
            guard let row = try Row.fetchOne(
                db,
                sql: "SELECT number, createdAt, rangeFrom, rangeTo FROM planVersion WHERE agreementId = ? ORDER BY number DESC LIMIT 1",
                arguments: [agreementID]
            ) else { return nil }
            let number: Int64 = row["number"]
            let changes = try String.fetchAll(db, sql: "SELECT json FROM meetingChange WHERE version = ? ORDER BY id", arguments: [number])
                .map { try StoredJSON.decode(MeetingChange.self, from: $0) }
            return PlanVersionSummary(
                number: number,
                createdAt: UTCTimestamp(iso: row["createdAt"]) ?? UTCTimestamp(secondsSince1970: 0),
                range: DateSpan(first: LocalDate(iso: row["rangeFrom"] as String)!, last: LocalDate(iso: row["rangeTo"] as String)!)!,
                changes: changes
            )
        }
    }

    public func meeting(uid: String) async throws -> PlannedMeeting? {
        try await writer.read { db in try Self.meeting(db, uid: uid) }
    }

    public func meetings(agreementID: String) async throws -> [PlannedMeeting] {
        try await writer.read { db in try Self.meetings(db, agreementID: agreementID) }
    }
}

/// A stored plan version: when, which range, what changed.
public struct PlanVersionSummary: Sendable, Hashable {
    public let number: Int64
    public let createdAt: UTCTimestamp
    public let range: DateSpan
    public let changes: [MeetingChange]
}
