import GRDB
import SamkalCore

/// Meetings, their attendees and the changes of each plan version as rows and columns, so
/// that reading the meetings a re-plan needs costs a query, not a JSON decoder per meeting:
///
/// - `meeting`: one row a meeting (its current state), indexed by agreement and date and by
///   participant;
/// - `meetingAttendee`: one row an attendee (as invited: id, name, address, party, role),
///   indexed by person;
/// - `planChange`: one row a change of a plan version, with what it was before;
/// - `planVersionMeeting`: the SEQUENCE and STATUS a meeting got in a version, written for
///   the meetings that version changed (a meeting's state at version v is its last row at or
///   before v).
enum MeetingRows {
    /// Items of a list kept in one column (agenda items, attendee ids): a separator no text holds.
    static let separator: Character = "\u{1F}"

    static let columns = """
        uid, kind, period, title, agenda, date, startMinute, endMinute, timeZoneId, location,
        organizerId, participantId, sequence, status
        """

    // MARK: Reading

    /// Meetings selected by `condition` (on table alias `m`), each with its attendees, in
    /// the order of `order`.
    static func fetch(_ db: Database, where condition: String, arguments: StatementArguments, order: String = "m.date, m.uid") throws -> [PlannedMeeting] {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns.replacingOccurrences(of: "\n", with: " ")) FROM meeting m WHERE \(condition) ORDER BY \(order)", arguments: arguments)
        var meetings: [PlannedMeeting] = []
        var positions: [String: Int] = [:]
        while let row = try rows.next() {
            guard let meeting = try meeting(row) else { continue }
            positions[meeting.uid] = meetings.count
            meetings.append(meeting)
        }
        guard !meetings.isEmpty else { return [] }
        let attendees = try Row.fetchCursor(db, sql: """
            SELECT a.meetingUid, a.personId, a.name, a.email, a.partyId, a.role, a.isConvener
            FROM meetingAttendee a JOIN meeting m ON m.uid = a.meetingUid
            WHERE \(condition) ORDER BY a.meetingUid, a.position
            """, arguments: arguments)
        while let row = try attendees.next() {
            guard let index = positions[row[0]], let role = PersonRole(rawValue: row[5]) else { continue }
            meetings[index].attendees.append(MeetingAttendee(
                id: row[1], name: row[2], email: row[3], partyID: row[4], role: role, isConvener: row[6]
            ))
        }
        return meetings
    }

    private static func meeting(_ row: Row) throws -> PlannedMeeting? {
        guard let kind = MeetingKind(rawValue: row[1]),
              let date = LocalDate(iso: row[5] as String),
              let start = LocalTime(minutes: row[6]), let end = LocalTime(minutes: row[7]),
              let status = MeetingStatus(rawValue: row[13])
        else { throw StoreCorruption.unreadableMeeting(row[0]) }
        let agenda: String = row[4]
        return PlannedMeeting(
            uid: row[0], kind: kind, period: row[2], title: row[3],
            agenda: agenda.isEmpty ? [] : agenda.split(separator: separator, omittingEmptySubsequences: false).map(String.init),
            date: date, start: start, end: end, timeZoneID: row[8], location: row[9],
            organizerID: row[10], attendees: [], participantID: row[11], sequence: row[12], status: status
        )
    }

    // MARK: Writing

    /// Inserts or replaces a meeting and its attendees (prepared statements, cached per connection).
    static func upsert(_ db: Database, _ meeting: PlannedMeeting, agreementID: String, version: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO meeting (uid, agreementId, kind, period, title, agenda, date, startMinute, endMinute, timeZoneId,
                location, organizerId, participantId, sequence, status, firstVersion, changedVersion)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(uid) DO UPDATE SET agreementId = excluded.agreementId, kind = excluded.kind,
                period = excluded.period, title = excluded.title, agenda = excluded.agenda, date = excluded.date,
                startMinute = excluded.startMinute, endMinute = excluded.endMinute, timeZoneId = excluded.timeZoneId,
                location = excluded.location, organizerId = excluded.organizerId, participantId = excluded.participantId,
                sequence = excluded.sequence, status = excluded.status, changedVersion = excluded.changedVersion
            """).execute(arguments: [
                meeting.uid, agreementID, meeting.kind.rawValue, meeting.period, meeting.title,
                meeting.agenda.joined(separator: String(separator)), meeting.date.description,
                meeting.start.minutes, meeting.end.minutes, meeting.timeZoneID, meeting.location,
                meeting.organizerID, meeting.participantID, meeting.sequence, meeting.status.rawValue, version, version,
            ])
        try db.cachedStatement(sql: "DELETE FROM meetingAttendee WHERE meetingUid = ?").execute(arguments: [meeting.uid])
        let insert = try db.cachedStatement(sql: """
            INSERT INTO meetingAttendee (meetingUid, position, personId, name, email, partyId, role, isConvener)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, attendee) in meeting.attendees.enumerated() {
            try insert.execute(arguments: [
                meeting.uid, position, attendee.id, attendee.name, attendee.email, attendee.partyID,
                attendee.role.rawValue, attendee.isConvener,
            ])
        }
    }

    /// One change of a plan version, with the meeting as it was before (nothing for an addition).
    static func insert(_ db: Database, change: MeetingChange, version: Int64) throws {
        let before = change.before
        try db.cachedStatement(sql: """
            INSERT INTO planChange (version, uid, kind, reason, moveReason, beforeDate, beforeStartMinute, beforeEndMinute,
                beforeLocation, beforeAttendees, beforeSequence, beforeStatus)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                version, change.uid, change.kind.rawValue, change.reason?.rawValue,
                try change.moveReason.map { try StoredJSON.encode($0) },
                before?.date.description, before?.start.minutes, before?.end.minutes, before?.location,
                before.map { $0.attendees.map(\.id).joined(separator: String(separator)) },
                before?.sequence, before?.status.rawValue,
            ])
    }

    /// The changes of `version`, each with the meeting as it now stands as `after` (the
    /// latest version's `after` is the current state) and what it was before.
    static func changes(_ db: Database, version: Int64) throws -> [MeetingChange] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM planChange WHERE version = ? ORDER BY id", arguments: [version])
        let uids = rows.map { $0["uid"] as String }
        var current: [String: PlannedMeeting] = [:]
        for chunk in stride(from: 0, to: uids.count, by: 500).map({ Array(uids[$0..<min($0 + 500, uids.count)]) }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for meeting in try fetch(db, where: "m.uid IN (\(placeholders))", arguments: StatementArguments(chunk)) {
                current[meeting.uid] = meeting
            }
        }
        return try rows.compactMap { row -> MeetingChange? in
            guard let after = current[row["uid"]], let kind = MeetingChange.Kind(rawValue: row["kind"]) else { return nil }
            var before: PlannedMeeting?
            if let date = (row["beforeDate"] as String?).flatMap(LocalDate.init(iso:)),
               let start = (row["beforeStartMinute"] as Int?).flatMap(LocalTime.init(minutes:)),
               let end = (row["beforeEndMinute"] as Int?).flatMap(LocalTime.init(minutes:)) {
                var was = after
                was.date = date
                was.start = start
                was.end = end
                was.location = row["beforeLocation"] ?? after.location
                let ids = (row["beforeAttendees"] as String? ?? "").split(separator: separator).map(String.init)
                let known = Dictionary(after.attendees.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                was.attendees = ids.map { known[$0] ?? MeetingAttendee(id: $0, name: $0, email: "", partyID: "", role: .other, isConvener: false) }
                was.sequence = row["beforeSequence"] ?? after.sequence
                was.status = (row["beforeStatus"] as String?).flatMap(MeetingStatus.init(rawValue:)) ?? after.status
                before = was
            }
            return MeetingChange(
                uid: after.uid, kind: kind, reason: (row["reason"] as String?).flatMap(MeetingChange.Reason.init(rawValue:)),
                moveReason: try (row["moveReason"] as String?).map { try StoredJSON.decode(MoveReason.self, from: $0) },
                before: before, after: after
            )
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
            table.primaryKey("uid", .text)
            table.column("agreementId", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("period", .text).notNull()
            table.column("title", .text).notNull()
            table.column("agenda", .text).notNull()
            table.column("date", .text).notNull()
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
        try db.create(index: "meeting_agreement_date", on: "meeting", columns: ["agreementId", "date"])
        try db.create(index: "meeting_participant", on: "meeting", columns: ["participantId"])
        try db.create(table: "meetingAttendee", options: .withoutRowID) { table in
            table.column("meetingUid", .text).notNull()
            table.column("position", .integer).notNull()
            table.column("personId", .text).notNull()
            table.column("name", .text).notNull()
            table.column("email", .text).notNull()
            table.column("partyId", .text).notNull()
            table.column("role", .text).notNull()
            table.column("isConvener", .boolean).notNull()
            table.primaryKey(["meetingUid", "position"])
        }
        try db.create(index: "meetingAttendee_person", on: "meetingAttendee", columns: ["personId"])
        try db.create(table: "planChange") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("version", .integer).notNull().indexed()
            table.column("uid", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("reason", .text)
            table.column("moveReason", .text)
            table.column("beforeDate", .text)
            table.column("beforeStartMinute", .integer)
            table.column("beforeEndMinute", .integer)
            table.column("beforeLocation", .text)
            table.column("beforeAttendees", .text)
            table.column("beforeSequence", .integer)
            table.column("beforeStatus", .text)
        }
        let old = try Row.fetchCursor(db, sql: "SELECT agreementId, json, firstVersion, changedVersion FROM meetingJSON")
        while let row = try old.next() {
            let meeting = try StoredJSON.decode(PlannedMeeting.self, from: row["json"])
            try upsert(db, meeting, agreementID: row["agreementId"], version: row["changedVersion"])
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
