import GRDB
import SamkalCore

extension SQLiteStore {
    public func recordPlan(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await writer.write { db in
            try Self.record(db, plan, stored: try Self.storedMeetings(db, for: plan), agreement: agreement, json: agreementJSON, audit: audit, now: now)
        }
    }

    public func meetingsSnapshot(agreementID: String) async throws -> MeetingsSnapshot {
        let stamp = changeStamp()
        return MeetingsSnapshot(meetings: try await meetings(agreementID: agreementID), stamp: stamp)
    }

    public func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, previous: MeetingsSnapshot?,
        planning: @Sendable ([PlannedMeeting]) throws -> Plan, reconciled: @Sendable (Plan) -> Void
    ) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await writer.write { db in
            // One read of the stored meetings serves both the planner and the reconciliation:
            // the snapshot, unless anything was committed since it was taken.
            let all = try previous.flatMap { $0.stamp == self.changeStamp() ? $0.meetings : nil }
                ?? Self.meetings(db, agreementID: agreement.id)
            let plan = try planning(all)
            return try Self.record(
                db, plan, stored: PlanVersioning.storedToReconcile(all, with: plan), agreement: agreement, json: agreementJSON,
                audit: audit, now: now, reconciled: reconciled
            )
        }
    }

    private static func record(
        _ db: Database, _ plan: Plan, stored: [PlannedMeeting], agreement: Agreement, json: String, audit: AuditEntry?, now: UTCTimestamp,
        reconciled: (Plan) -> Void = { _ in }
    ) throws -> PlanVersion {
        if let audit { try Self.audit(db, audit) }
        try Self.upsert(db, agreement: agreement, json: json, now: now)
        let outcome = PlanVersioning.reconcile(stored: stored, with: plan)
        reconciled(outcome.plan)
        try db.execute(
            sql: "INSERT INTO planVersion (agreementId, createdAt, rangeFrom, rangeTo) VALUES (?, ?, ?, ?)",
            arguments: [plan.agreementID, now.description, plan.range.first.description, plan.range.last.description]
        )
        let number = db.lastInsertedRowID
        // Additions are new rows, written in batches; the rest replace what is stored.
        try MeetingRows.deferringIndexes(db, forAdding: outcome.addedMeetings.count) {
            try MeetingRows.insertNew(db, outcome.addedMeetings, agreementID: plan.agreementID, version: number)
        }
        try MeetingRows.upsert(db, outcome.updatedMeetings, agreementID: plan.agreementID, version: number)
        try MeetingRows.snapshot(db, peopleOn: [outcome.addedMeetings, outcome.updatedMeetings])
        try MeetingRows.insert(db, changes: outcome.changes, version: number)
        return PlanVersion(number: number, createdAt: now, plan: outcome.plan, changes: outcome.changes)
    }

    /// The stored meetings a new plan must be reconciled with: those dated in its range and
    /// those it plans again (which may have been elsewhere before).
    private static func storedMeetings(_ db: Database, for plan: Plan) throws -> [PlannedMeeting] {
        var byUID: [String: PlannedMeeting] = [:]
        for meeting in try MeetingRows.fetch(
            db, where: "m.agreementId = ? AND m.day BETWEEN ? AND ?",
            arguments: [plan.agreementID, plan.range.first.dayNumber, plan.range.last.dayNumber]
        ) {
            byUID[meeting.uid] = meeting
        }
        for meeting in try Self.meetings(db, uids: plan.meetings.map(\.uid).filter { byUID[$0] == nil }) {
            byUID[meeting.uid] = meeting
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
            let changes = try MeetingRows.changes(db, version: number)
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
