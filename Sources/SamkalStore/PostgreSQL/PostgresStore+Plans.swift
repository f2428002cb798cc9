import PostgresNIO
import SamkalCore
import Synchronization

extension PostgresStore {
    public func recordPlan(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await write(planning: [agreement.id]) { session, _ in
            try Self.record(session, plan, stored: try Self.storedMeetings(session, for: plan), agreement: agreement, json: agreementJSON, audit: audit, now: now)
        }
    }

    /// The meetings and bookings elsewhere as one snapshot, stamped with the counter read in it.
    public func meetingsSnapshot(agreementID: String, sharing: SharedResources) async throws -> MeetingsSnapshot {
        try await read { session in
            let counter = try session.value(Int64.self, "SELECT counter FROM samkalChange WHERE id = 1") ?? 0
            return MeetingsSnapshot(
                meetings: try PostgresMeetingRows.fetch(session, .agreement(agreementID)),
                elsewhere: try Self.bookingsElsewhere(session, agreementID: agreementID, sharing: sharing), sharing: sharing,
                stamp: StoreChangeStamp(counter: counter)
            )
        }
    }

    public func bookingsElsewhere(agreementID: String, sharing: SharedResources) async throws -> [BookingElsewhere] {
        try await read { session in try Self.bookingsElsewhere(session, agreementID: agreementID, sharing: sharing) }
    }

    /// As `SQLiteStore.bookingsElsewhere`: the other agreements' meetings (not cancelled)
    /// that take any of the shared people or rooms; `agreementID` nil: every agreement's.
    static func bookingsElsewhere(_ session: PostgresSession, agreementID: String?, sharing: SharedResources) throws -> [BookingElsewhere] {
        guard !sharing.isEmpty else { return [] }
        var found = BookingsFound(sharing: sharing)
        if !sharing.personIDs.isEmpty {
            for row in try session.rows("""
                SELECT m.id, m.agreementId, m.day, m.startMinute, m.endMinute, m.location, a.personId
                FROM meetingAttendee a JOIN meeting m ON m.id = a.meetingId
                WHERE a.personId = ANY(\(sharing.personIDs)) AND m.agreementId IS DISTINCT FROM \(agreementID) AND m.status <> 'cancelled'
                """) {
                let (id, agreement, day, start, end, location, person) = try row.decode((Int64, String, Int, Int, Int, String, String).self)
                found.person(person, meeting: id, agreementID: agreement, day: day, start: start, end: end, location: location)
            }
        }
        if !sharing.roomNames.isEmpty {
            for row in try session.rows("""
                SELECT id, agreementId, day, startMinute, endMinute, location FROM meeting
                WHERE location = ANY(\(sharing.roomNames)) AND agreementId IS DISTINCT FROM \(agreementID) AND status <> 'cancelled'
                """) {
                let (id, agreement, day, start, end, location) = try row.decode((Int64, String, Int, Int, Int, String).self)
                found.room(meeting: id, agreementID: agreement, day: day, start: start, end: end, location: location)
            }
        }
        return found.bookings
    }

    public func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, previous: MeetingsSnapshot?,
        planning: @escaping @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan, reconciled: @escaping @Sendable (Plan) -> Void
    ) async throws -> PlanVersion {
        let agreementJSON = try StoredJSON.encode(agreement)
        return try await write(planning: [agreement.id]) { session, before in
            // The snapshot serves if nothing was committed since it was read.
            let current = previous.flatMap { $0.stamp == StoreChangeStamp(counter: before) ? $0 : nil }
            let all = try current?.meetings ?? PostgresMeetingRows.fetch(session, .agreement(agreement.id))
            let elsewhere = try current?.elsewhere
                ?? Self.bookingsElsewhere(session, agreementID: agreement.id, sharing: previous?.sharing ?? .none)
            let plan = try planning(all, elsewhere)
            return try Self.record(
                session, plan, stored: PlanVersioning.storedToReconcile(all, with: plan), agreement: agreement, json: agreementJSON,
                audit: audit, now: now, reconciled: reconciled
            )
        }
    }

    public func recordPlans(_ runs: [PlanRun], now: UTCTimestamp) async throws -> [PlanVersion] {
        let encoded = try runs.map { try StoredJSON.encode($0.agreement) }
        let union = SharedResources(
            personIDs: Array(Set(runs.flatMap(\.sharing.personIDs))), roomNames: Array(Set(runs.flatMap(\.sharing.roomNames)))
        )
        return try await write(planning: runs.map(\.agreement.id)) { session, _ in
            // Every agreement's bookings of anyone shared, read once; each run's own are
            // replaced by its plan as it is recorded, so a later run sees the earlier ones'.
            var bookings = Dictionary(grouping: try Self.bookingsElsewhere(session, agreementID: nil, sharing: union), by: \.agreementID)
            var stored: [[PlannedMeeting]] = []
            for run in runs { stored.append(try PostgresMeetingRows.fetch(session, .agreement(run.agreement.id))) }
            var versions: [PlanVersion] = []
            for (index, run) in runs.enumerated() {
                let elsewhere = bookings.keys.sorted().filter { $0 != run.agreement.id }
                    .flatMap { bookings[$0] ?? [] }.compactMap { $0.restricted(to: run.sharing) }
                let plan = try run.planning(stored[index], elsewhere)
                let planned = BookingElsewhere.of(plan.meetings, agreementID: run.agreement.id, sharing: union)
                bookings[run.agreement.id] = (bookings[run.agreement.id] ?? []).filter { !plan.range.contains($0.date) } + planned
                versions.append(try Self.record(
                    session, plan, stored: PlanVersioning.storedToReconcile(stored[index], with: plan), agreement: run.agreement,
                    json: encoded[index], audit: run.audit, now: now, checkingPeople: false
                ))
            }
            try Self.checkPeopleAgree(session, among: runs.map(\.agreement.id))
            return versions
        }
    }

    private static func record(
        _ session: PostgresSession, _ plan: Plan, stored: [PlannedMeeting], agreement: Agreement, json: String, audit: AuditEntry?,
        now: UTCTimestamp, reconciled: (Plan) -> Void = { _ in }, checkingPeople: Bool = true
    ) throws -> PlanVersion {
        if let audit { try Self.audit(session, audit) }
        try Self.upsert(session, agreement: agreement, json: json, now: now, checkingPeople: checkingPeople)
        let outcome = PlanVersioning.reconcile(stored: stored, with: plan)
        reconciled(outcome.plan)
        guard let number = try session.value(Int64.self, """
            INSERT INTO planVersion (agreementId, createdAt, rangeFrom, rangeTo, unplacedJson)
            VALUES (\(plan.agreementID), \(now.description), \(plan.range.first.description), \(plan.range.last.description),
                    \(try StoredJSON.encode(outcome.plan.unplaced)))
            RETURNING number
            """) else { throw StoreUnavailable.failed(nil) }
        try PostgresMeetingRows.insertNew(session, outcome.addedMeetings, agreementID: plan.agreementID, version: number)
        try PostgresMeetingRows.upsert(session, outcome.updatedMeetings, agreementID: plan.agreementID, version: number)
        try PostgresMeetingRows.snapshot(session, peopleOn: [outcome.addedMeetings, outcome.updatedMeetings])
        try PostgresMeetingRows.insert(session, changes: outcome.changes, version: number)
        return PlanVersion(number: number, createdAt: now, plan: outcome.plan, changes: outcome.changes)
    }

    /// The stored meetings a new plan must be reconciled with: those dated in its range and
    /// those it plans again.
    private static func storedMeetings(_ session: PostgresSession, for plan: Plan) throws -> [PlannedMeeting] {
        var byUID: [String: PlannedMeeting] = [:]
        for meeting in try PostgresMeetingRows.fetch(
            session, .agreementDays(plan.agreementID, first: plan.range.first.dayNumber, last: plan.range.last.dayNumber)
        ) {
            byUID[meeting.uid] = meeting
        }
        let others = plan.meetings.map(\.uid).filter { byUID[$0] == nil }
        if !others.isEmpty {
            for meeting in try PostgresMeetingRows.fetch(session, .uids(others)) { byUID[meeting.uid] = meeting }
        }
        return byUID.values.sorted { $0.uid < $1.uid }
    }

    public func latestPlanVersion(agreementID: String) async throws -> PlanVersionSummary? {
        try await read { session in
            guard let row = try session.rows("""
                SELECT number, createdAt, rangeFrom, rangeTo, unplacedJson FROM planVersion WHERE agreementId = \(agreementID)
                ORDER BY number DESC LIMIT 1
                """).first else { return nil }
            let (number, created, from, to, unplacedJSON) = try row.decode((Int64, String, String, String, String).self)
            guard let unplaced = try? StoredJSON.decode([UnplacedMeeting].self, from: unplacedJSON) else {
                throw StoreCorruption.unreadableMeeting("planVersion \(number)")
            }
            guard let first = LocalDate(iso: from), let last = LocalDate(iso: to), let range = DateSpan(first: first, last: last) else {
                throw StoreCorruption.unreadableMeeting("planVersion \(number)")
            }
            return PlanVersionSummary(
                number: number, createdAt: UTCTimestamp(iso: created) ?? UTCTimestamp(secondsSince1970: 0), range: range,
                unplaced: unplaced, changes: try PostgresMeetingRows.changes(session, version: number)
            )
        }
    }

    public func meeting(uid: String) async throws -> PlannedMeeting? {
        try await read { try PostgresMeetingRows.fetch($0, .uid(uid)).first }
    }

    public func meetings(agreementID: String) async throws -> [PlannedMeeting] {
        try await read { try PostgresMeetingRows.fetch($0, .agreement(agreementID)) }
    }

    public func meetingChangeTimes(agreementID: String) async throws -> [String: UTCTimestamp] {
        try await read { session in
            var times: [String: UTCTimestamp] = [:]
            for row in try session.rows("""
                SELECT m.uid, v.createdAt FROM meeting m JOIN planVersion v ON v.number = m.changedVersion WHERE m.agreementId = \(agreementID)
                """) {
                let (uid, created) = try row.decode((String, String).self)
                if let time = UTCTimestamp(iso: created) { times[uid] = time }
            }
            return times
        }
    }
}
