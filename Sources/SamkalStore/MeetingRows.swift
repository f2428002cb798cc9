import GRDB
import SamkalCore

/// Meetings, their attendees and the changes of each plan version as rows and columns, so
/// that reading the meetings a re-plan needs costs a query, not a JSON decoder per meeting:
///
/// - `meeting`: one row a meeting (its current state), with an integer id, its day as a day
///   number, indexed by agreement and day and by participant;
/// - `meetingAttendee`: one row an attendee: the meeting's id, the position, the person's id
///   and whether they convene, indexed by person;
/// - `personSnapshot`: each person as last invited (name, address, party, role), so an
///   attendee row stays small and a person who left the agreement still shows on the
///   meetings they were on;
/// - `planChange`: one row a change of a plan version: what it was before, and the SEQUENCE
///   and STATUS it got (a meeting's state at version v is its last change at or before v).
enum MeetingRows {
    /// Items of a list kept in one column (agenda items, attendee ids): a separator no text holds.
    static let separator: Character = "\u{1F}"

    static let columns = "m.id, m.uid, m.kind, m.period, m.title, m.agenda, m.day, m.startMinute, m.endMinute, m.timeZoneId, m.location, m.organizerId, m.participantId, m.sequence, m.status"

    // MARK: Reading

    /// Meetings selected by `condition` (on table alias `m`), each with its attendees, in
    /// the order of `order`.
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments, order: String = "m.day, m.uid") throws -> [PlannedMeeting] {
        var cache = DecodeCache()
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM meeting m WHERE \(condition) ORDER BY \(order)", arguments: arguments)
        var meetings: [PlannedMeeting] = []
        var positions: [Int64: Int] = [:]
        while let row = try rows.next() {
            positions[row[0]] = meetings.count
            meetings.append(try meeting(row, cache: &cache))
        }
        guard !meetings.isEmpty else { return [] }
        let people = try snapshots(db)
        let attendees = try Row.fetchCursor(db, sql: """
            SELECT a.meetingId, a.personId, a.isConvener
            FROM meetingAttendee a JOIN meeting m ON m.id = a.meetingId
            WHERE \(condition) ORDER BY a.meetingId, a.position
            """, arguments: arguments)
        while let row = try attendees.next() {
            guard let index = positions[row[0]] else { continue }
            let id: String = row[1]
            let isConvener: Bool = row[2]
            let person = people[id]
            meetings[index].attendees.append(person.map { isConvener ? $0.asConvener : $0 }
                ?? MeetingAttendee(id: id, name: id, email: "", partyID: "", role: .other, isConvener: isConvener))
        }
        return meetings
    }

    /// Values many meetings share, decoded once per read.
    private struct DecodeCache {
        var agendas: [String: [String]] = [:]
    }

    /// Every person as last invited, by id, as a non-convening attendee.
    private static func snapshots(_ db: Database) throws -> [String: MeetingAttendee] {
        var people: [String: MeetingAttendee] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, email, partyId, role FROM personSnapshot")
        while let row = try rows.next() {
            let role = PersonRole(rawValue: row[4]) ?? .other
            people[row[0]] = MeetingAttendee(id: row[0], name: row[1], email: row[2], partyID: row[3], role: role, isConvener: false)
        }
        return people
    }

    private static func meeting(_ row: Row, cache: inout DecodeCache) throws -> PlannedMeeting {
        guard let kind = MeetingKind(rawValue: row[2]),
              let start = LocalTime(minutes: row[7]), let end = LocalTime(minutes: row[8]),
              let status = MeetingStatus(rawValue: row[14])
        else { throw StoreCorruption.unreadableMeeting(row[1]) }
        let agendaText: String = row[5]
        let agenda: [String]
        if let known = cache.agendas[agendaText] {
            agenda = known
        } else {
            agenda = agendaText.isEmpty ? [] : agendaText.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            cache.agendas[agendaText] = agenda
        }
        return PlannedMeeting(
            uid: row[1], kind: kind, period: row[3], title: row[4], agenda: agenda,
            date: LocalDate(dayNumber: row[6]), start: start, end: end, timeZoneID: row[9], location: row[10],
            organizerID: row[11], attendees: [], participantID: row[12], sequence: row[13], status: status
        )
    }

    // MARK: Writing

    /// Inserts or replaces meetings and their attendees (prepared statements, cached per
    /// connection); the people on them are `snapshot`'s.
    static func upsert(_ db: Database, _ meetings: [PlannedMeeting], agreementID: String, version: Int64) throws {
        for meeting in meetings {
            try upsert(db, meeting, agreementID: agreementID, version: version)
        }
    }

    /// Inserts meetings the store does not hold yet (a plan's additions), with their
    /// attendees, in batches (the people on them are `snapshot`'s): ids are given here, after the
    /// highest ever used, so attendee rows need no round trip per meeting.
    static func insertNew(_ db: Database, _ meetings: [PlannedMeeting], agreementID: String, version: Int64) throws {
        guard !meetings.isEmpty else { return }
        let last = try Int64.fetchOne(db, sql: """
            SELECT MAX(value) FROM (SELECT seq AS value FROM sqlite_sequence WHERE name = 'meeting' UNION ALL SELECT MAX(id) FROM meeting)
            """) ?? 0
        let rows = BatchInsert(db, into: "meeting", columns: [
            "id", "uid", "agreementId", "kind", "period", "title", "agenda", "day", "startMinute", "endMinute", "timeZoneId",
            "location", "organizerId", "participantId", "sequence", "status", "firstVersion", "changedVersion",
        ])
        let attendees = BatchInsert(db, into: "meetingAttendee", columns: ["meetingId", "position", "personId", "isConvener"])
        var agendas: [[String]: String] = [:]
        var id = last
        for meeting in meetings {
            id += 1
            let agenda: String
            if let known = agendas[meeting.agenda] {
                agenda = known
            } else {
                agenda = meeting.agenda.joined(separator: String(separator))
                agendas[meeting.agenda] = agenda
            }
            rows.append(id)
            rows.append(meeting.uid)
            rows.append(agreementID)
            rows.append(meeting.kind.rawValue)
            rows.append(meeting.period)
            rows.append(meeting.title)
            rows.append(agenda)
            rows.append(meeting.date.dayNumber)
            rows.append(meeting.start.minutes)
            rows.append(meeting.end.minutes)
            rows.append(meeting.timeZoneID)
            rows.append(meeting.location)
            rows.append(meeting.organizerID)
            rows.append(meeting.participantID)
            rows.append(meeting.sequence)
            rows.append(meeting.status.rawValue)
            rows.append(version)
            rows.append(version)
            try rows.endRow()
            for (position, attendee) in meeting.attendees.enumerated() {
                attendees.append(id)
                attendees.append(position)
                attendees.append(attendee.id)
                attendees.append(attendee.isConvener)
                try attendees.endRow()
            }
        }
        try rows.finish()
        try attendees.finish()
    }

    /// Indexes whose keys a plan writes in random order (participant and person ids): for a
    /// large first plan they are dropped and built again after the rows are in, in the same
    /// transaction — one sort instead of a random B-tree insert per row.
    private static let deferrableIndexes = [
        ("meeting_participant", "CREATE INDEX meeting_participant ON meeting(participantId)"),
        ("meetingAttendee_person", "CREATE INDEX meetingAttendee_person ON meetingAttendee(personId)"),
    ]

    /// Runs `insert` with the deferrable indexes built afterwards when `count` new meetings
    /// outnumber those stored (a first plan, or a much larger one); else as it is.
    static func deferringIndexes(_ db: Database, forAdding count: Int, _ insert: () throws -> Void) throws {
        let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting") ?? 0
        guard count >= 5_000, count > stored else { return try insert() }
        for (name, _) in deferrableIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
        try insert()
        for (_, sql) in deferrableIndexes { try db.execute(sql: sql) }
    }

    /// Each person on the meetings of `lists` as now invited, once; unchanged snapshots are not rewritten.
    static func snapshot(_ db: Database, peopleOn lists: [[PlannedMeeting]]) throws {
        var people: [String: MeetingAttendee] = [:]
        for meetings in lists {
            for meeting in meetings {
                for attendee in meeting.attendees { people[attendee.id] = attendee }
            }
        }
        let snapshot = try db.cachedStatement(sql: """
            INSERT INTO personSnapshot (id, name, email, partyId, role) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, partyId = excluded.partyId, role = excluded.role
            WHERE name != excluded.name OR email != excluded.email OR partyId != excluded.partyId OR role != excluded.role
            """)
        for attendee in people.values.sorted(by: { $0.id < $1.id }) {
            try snapshot.execute(arguments: [attendee.id, attendee.name, attendee.email, attendee.partyID, attendee.role.rawValue])
        }
    }

    /// The changes of a version in their order: runs of additions in batches (nothing was
    /// before; SEQUENCE and STATUS as added), the others a row each.
    static func insert(_ db: Database, changes: [MeetingChange], version: Int64) throws {
        let rows = BatchInsert(db, into: "planChange", columns: ["version", "uid", "kind", "afterSequence", "afterStatus"])
        for change in changes {
            guard change.kind == .added else {
                try rows.finish()
                try insert(db, change: change, version: version)
                continue
            }
            rows.append(version)
            rows.append(change.uid)
            rows.append(MeetingChange.Kind.added.rawValue)
            rows.append(change.after.sequence)
            rows.append(change.after.status.rawValue)
            try rows.endRow()
        }
        try rows.finish()
    }

    private static func upsert(_ db: Database, _ meeting: PlannedMeeting, agreementID: String, version: Int64) throws {
        let id = try Int64.fetchOne(db.cachedStatement(sql: """
            INSERT INTO meeting (uid, agreementId, kind, period, title, agenda, day, startMinute, endMinute, timeZoneId,
                location, organizerId, participantId, sequence, status, firstVersion, changedVersion)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(uid) DO UPDATE SET agreementId = excluded.agreementId, kind = excluded.kind,
                period = excluded.period, title = excluded.title, agenda = excluded.agenda, day = excluded.day,
                startMinute = excluded.startMinute, endMinute = excluded.endMinute, timeZoneId = excluded.timeZoneId,
                location = excluded.location, organizerId = excluded.organizerId, participantId = excluded.participantId,
                sequence = excluded.sequence, status = excluded.status, changedVersion = excluded.changedVersion
            RETURNING id
            """), arguments: [
                meeting.uid, agreementID, meeting.kind.rawValue, meeting.period, meeting.title,
                meeting.agenda.joined(separator: String(separator)), meeting.date.dayNumber,
                meeting.start.minutes, meeting.end.minutes, meeting.timeZoneID, meeting.location,
                meeting.organizerID, meeting.participantID, meeting.sequence, meeting.status.rawValue, version, version,
            ])
        guard let id else { throw StoreCorruption.unreadableMeeting(meeting.uid) }
        try db.cachedStatement(sql: "DELETE FROM meetingAttendee WHERE meetingId = ?").execute(arguments: [id])
        let insert = try db.cachedStatement(sql: "INSERT INTO meetingAttendee (meetingId, position, personId, isConvener) VALUES (?, ?, ?, ?)")
        for (position, attendee) in meeting.attendees.enumerated() {
            try insert.execute(arguments: [id, position, attendee.id, attendee.isConvener])
        }
    }

    /// One change of a plan version, with the meeting as it was before (nothing for an addition).
    static func insert(_ db: Database, change: MeetingChange, version: Int64) throws {
        let before = change.before
        try db.cachedStatement(sql: """
            INSERT INTO planChange (version, uid, kind, reason, moveReason, beforeDay, beforeStartMinute, beforeEndMinute,
                beforeLocation, beforeAttendees, beforeSequence, beforeStatus, afterSequence, afterStatus)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                version, change.uid, change.kind.rawValue, change.reason?.rawValue,
                try change.moveReason.map { try StoredJSON.encode($0) },
                before?.date.dayNumber, before?.start.minutes, before?.end.minutes, before?.location,
                before.map { $0.attendees.map(\.id).joined(separator: String(separator)) },
                before?.sequence, before?.status.rawValue, change.after.sequence, change.after.status.rawValue,
            ])
    }

    /// The changes of `version`, each with the meeting as it now stands as `after` (the
    /// latest version's `after` is the current state) and what it was before.
    static func changes(_ db: Database, version: Int64) throws -> [MeetingChange] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM planChange WHERE version = ? ORDER BY id", arguments: [version])
        let uids = rows.map { $0["uid"] as String }
        var current: [String: PlannedMeeting] = [:]
        for meeting in try SQLiteStore.meetings(db, uids: uids) {
            current[meeting.uid] = meeting
        }
        return try rows.compactMap { row -> MeetingChange? in
            guard let after = current[row["uid"]] else { return nil }
            return try StoredChange(
                uid: row["uid"], kind: row["kind"], reason: row["reason"], moveReason: row["moveReason"], beforeDay: row["beforeDay"],
                beforeStartMinute: row["beforeStartMinute"], beforeEndMinute: row["beforeEndMinute"], beforeLocation: row["beforeLocation"],
                beforeAttendees: row["beforeAttendees"], beforeSequence: row["beforeSequence"], beforeStatus: row["beforeStatus"]
            ).change(after: after)
        }
    }

    // MARK: Migration

    /// v5: the JSON of every meeting and change of a v4 store into rows; every plan version,
    /// meeting (with its first and last version) and change is kept.
    static func migrateFromJSON(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS meeting_agreement_date")
        try db.rename(table: "meeting", to: "meetingJSON")
        try db.rename(table: "meetingChange", to: "meetingChangeJSON")
        try db.create(table: "meeting") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("uid", .text).notNull().unique()
            table.column("agreementId", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("period", .text).notNull()
            table.column("title", .text).notNull()
            table.column("agenda", .text).notNull()
            table.column("day", .integer).notNull()
            table.column("startMinute", .integer).notNull()
            table.column("endMinute", .integer).notNull()
            table.column("timeZoneId", .text).notNull()
            table.column("location", .text).notNull()
            table.column("organizerId", .text).notNull()
            table.column("participantId", .text)
            table.column("sequence", .integer).notNull()
            table.column("status", .text).notNull()
            table.column("firstVersion", .integer).notNull()
            table.column("changedVersion", .integer).notNull()
        }
        try db.create(index: "meeting_agreement_day", on: "meeting", columns: ["agreementId", "day"])
        try db.create(index: "meeting_participant", on: "meeting", columns: ["participantId"])
        try db.create(table: "meetingAttendee", options: .withoutRowID) { table in
            table.column("meetingId", .integer).notNull()
            table.column("position", .integer).notNull()
            table.column("personId", .text).notNull()
            table.column("isConvener", .boolean).notNull()
            table.primaryKey(["meetingId", "position"])
        }
        try db.create(table: "personSnapshot", options: .withoutRowID) { table in
            table.primaryKey("id", .text)
            table.column("name", .text).notNull()
            table.column("email", .text).notNull()
            table.column("partyId", .text).notNull()
            table.column("role", .text).notNull()
        }
        try db.create(index: "meetingAttendee_person", on: "meetingAttendee", columns: ["personId"])
        try db.create(table: "planChange") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("version", .integer).notNull().indexed()
            table.column("uid", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("reason", .text)
            table.column("moveReason", .text)
            table.column("beforeDay", .integer)
            table.column("beforeStartMinute", .integer)
            table.column("beforeEndMinute", .integer)
            table.column("beforeLocation", .text)
            table.column("beforeAttendees", .text)
            table.column("beforeSequence", .integer)
            table.column("beforeStatus", .text)
            table.column("afterSequence", .integer).notNull()
            table.column("afterStatus", .text).notNull()
        }
        let old = try Row.fetchCursor(db, sql: "SELECT agreementId, json, firstVersion, changedVersion FROM meetingJSON")
        while let row = try old.next() {
            let meeting = try StoredJSON.decode(PlannedMeeting.self, from: row["json"])
            try upsert(db, [meeting], agreementID: row["agreementId"], version: row["changedVersion"])
            try snapshot(db, peopleOn: [[meeting]])
            try db.execute(sql: "UPDATE meeting SET firstVersion = ? WHERE uid = ?", arguments: [row["firstVersion"], meeting.uid])
        }
        let changes = try Row.fetchCursor(db, sql: "SELECT version, json FROM meetingChangeJSON ORDER BY id")
        while let row = try changes.next() {
            try insert(db, change: try StoredJSON.decode(MeetingChange.self, from: row["json"]), version: row["version"])
        }
        try db.drop(table: "meetingJSON")
        try db.drop(table: "meetingChangeJSON")
    }
}

/// The store holds something this version cannot read (edited by hand, or written by a
/// newer samkal): reported, never shown as raw database text.
public enum StoreCorruption: Error, Sendable, Hashable {
    case unreadableMeeting(String)
}
