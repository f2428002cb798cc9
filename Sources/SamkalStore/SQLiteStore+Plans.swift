import GRDB
import Synchronization
import SamkalCore

extension SQLiteStore {
    public func recordPlan(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await writer.write { db in
            try Self.record(db, plan, stored: try Self.storedMeetings(db, for: plan), agreement: agreement, json: agreementJSON, audit: audit, now: now)
        }
    }

    public func meetingsSnapshot(agreementID: String, sharing: SharedResources) async throws -> MeetingsSnapshot {
        let stamp = changeStamp()
        return try await writer.read { db in
            MeetingsSnapshot(
                meetings: try Self.meetings(db, agreementID: agreementID),
                elsewhere: try Self.bookingsElsewhere(db, agreementID: agreementID, sharing: sharing), sharing: sharing, stamp: stamp
            )
        }
    }

    public func bookingsElsewhere(agreementID: String, sharing: SharedResources) async throws -> [BookingElsewhere] {
        try await writer.read { db in try Self.bookingsElsewhere(db, agreementID: agreementID, sharing: sharing) }
    }

    /// One indexed read: the attendee rows of the shared people (by `meetingAttendee_person`)
    /// and the meetings in the shared rooms, of the other agreements' meetings not cancelled.
    /// `agreementID` is the agreement the bookings are elsewhere of; nil: every agreement's.
    static func bookingsElsewhere(_ db: Database, agreementID: String?, sharing: SharedResources) throws -> [BookingElsewhere] {
        guard !sharing.isEmpty else { return [] }
        var found = BookingsFound(sharing: sharing)
        for chunk in stride(from: 0, to: sharing.personIDs.count, by: 500).map({ Array(sharing.personIDs[$0..<min($0 + 500, sharing.personIDs.count)]) }) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT m.id, m.agreementId, m.day, m.startMinute, m.endMinute, m.location, a.personId
                FROM meetingAttendee a JOIN meeting m ON m.id = a.meetingId
                WHERE a.personId IN (\(databaseQuestionMarks(count: chunk.count))) AND m.agreementId IS NOT ? AND m.status != 'cancelled'
                """, arguments: StatementArguments(chunk) + [agreementID])
            while let row = try rows.next() {
                found.person(row[6], meeting: row[0], agreementID: row[1], day: row[2], start: row[3], end: row[4], location: row[5])
            }
        }
        if !sharing.roomNames.isEmpty {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, agreementId, day, startMinute, endMinute, location FROM meeting
                WHERE location IN (\(databaseQuestionMarks(count: sharing.roomNames.count))) AND agreementId IS NOT ? AND status != 'cancelled'
                """, arguments: StatementArguments(sharing.roomNames) + [agreementID])
            while let row = try rows.next() {
                found.room(meeting: row[0], agreementID: row[1], day: row[2], start: row[3], end: row[4], location: row[5])
            }
        }
        return found.bookings
    }

    public func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, previous: MeetingsSnapshot?,
        planning: @escaping @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan, reconciled: @escaping @Sendable (Plan) -> Void
    ) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await writer.write { db in
            // One read of the stored meetings serves both the planner and the reconciliation:
            // the snapshot, unless anything was committed since it was taken (then the other
            // agreements' bookings are read again too).
            let current = previous.flatMap { $0.stamp == self.changeStamp() ? $0 : nil }
            let all = try current?.meetings ?? Self.meetings(db, agreementID: agreement.id)
            let elsewhere = try current?.elsewhere
                ?? Self.bookingsElsewhere(db, agreementID: agreement.id, sharing: previous?.sharing ?? .none)
            let plan = try planning(all, elsewhere)
            return try Self.record(
                db, plan, stored: PlanVersioning.storedToReconcile(all, with: plan), agreement: agreement, json: agreementJSON,
                audit: audit, now: now, reconciled: reconciled
            )
        }
    }

    public func recordPlans(_ runs: [PlanRun], now: UTCTimestamp) async throws -> [PlanVersion] {
        let encoded = try runs.map { try StoredJSON.encode($0.agreement) }
        // Every agreement's bookings of anyone shared, read once; each run's own are replaced
        // by its plan as it is recorded, so a later run sees the earlier ones' new meetings.
        let union = SharedResources(
            personIDs: Array(Set(runs.flatMap(\.sharing.personIDs))), roomNames: Array(Set(runs.flatMap(\.sharing.roomNames)))
        )
        return try await writer.write { db in
            let initial = Dictionary(grouping: try Self.bookingsElsewhere(db, agreementID: nil, sharing: union), by: \.agreementID)
            let pipeline = PlanPipeline(count: runs.count)
            let bookings = Mutex(initial)
            pipeline.start(count: runs.count) { index, stored in
                let run = runs[index]
                let elsewhere = bookings.withLock { bookings in
                    bookings.keys.sorted().filter { $0 != run.agreement.id }
                        .flatMap { bookings[$0] ?? [] }.compactMap { $0.restricted(to: run.sharing) }
                }
                let plan = try run.planning(stored, elsewhere)
                // What this agreement now books: its meetings outside the range as stored, the range as planned.
                let planned = BookingElsewhere.of(plan.meetings, agreementID: run.agreement.id, sharing: union)
                bookings.withLock { bookings in
                    bookings[run.agreement.id] = (bookings[run.agreement.id] ?? []).filter { !plan.range.contains($0.date) } + planned
                }
                return plan
            }
            defer { pipeline.stop() }
            // Each agreement's stored meetings, read before any is written (a run writes only
            // its own) and handed to the planner as soon as read.
            var stored: [[PlannedMeeting]] = []
            for run in runs {
                stored.append(try Self.meetings(db, agreementID: run.agreement.id))
                pipeline.provide(stored.count - 1, stored[stored.count - 1])
            }
            let versions = try runs.indices.map { index in
                let plan = try pipeline.take(index)
                return try Self.record(
                    db, plan, stored: PlanVersioning.storedToReconcile(stored[index], with: plan), agreement: runs[index].agreement,
                    json: encoded[index], audit: runs[index].audit, now: now, checkingPeople: false
                )
            }
            // Shared people are checked once all are stored: agreements given together may
            // change a shared person's name or address together.
            try Self.checkPeopleAgree(db, among: runs.map(\.agreement.id))
            return versions
        }
    }

    private static func record(
        _ db: Database, _ plan: Plan, stored: [PlannedMeeting], agreement: Agreement, json: String, audit: AuditEntry?, now: UTCTimestamp,
        reconciled: (Plan) -> Void = { _ in }, checkingPeople: Bool = true
    ) throws -> PlanVersion {
        if let audit { try Self.audit(db, audit) }
        try Self.upsert(db, agreement: agreement, json: json, now: now, checkingPeople: checkingPeople)
        let outcome = PlanVersioning.reconcile(stored: stored, with: plan)
        reconciled(outcome.plan)
        try db.execute(
            sql: "INSERT INTO planVersion (agreementId, createdAt, rangeFrom, rangeTo, unplacedJson) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                plan.agreementID, now.description, plan.range.first.description, plan.range.last.description,
                try StoredJSON.encode(outcome.plan.unplaced),
            ]
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
                sql: "SELECT number, createdAt, rangeFrom, rangeTo, unplacedJson FROM planVersion WHERE agreementId = ? ORDER BY number DESC LIMIT 1",
                arguments: [agreementID]
            ) else { return nil }
            let number: Int64 = row["number"]
            let changes = try MeetingRows.changes(db, version: number)
            return PlanVersionSummary(
                number: number,
                createdAt: UTCTimestamp(iso: row["createdAt"]) ?? UTCTimestamp(secondsSince1970: 0),
                range: DateSpan(first: LocalDate(iso: row["rangeFrom"] as String)!, last: LocalDate(iso: row["rangeTo"] as String)!)!,
                unplaced: try StoredJSON.decode([UnplacedMeeting].self, from: row["unplacedJson"]),
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
    /// The meetings the plan could not place, with why.
    public let unplaced: [UnplacedMeeting]
    public let changes: [MeetingChange]
}
