import PostgresNIO
import SamkalCore

/// Minutes, attendance and action items on PostgreSQL, inside one writing transaction.
struct PostgresRecordsTransaction: RecordsTransaction {
    let session: PostgresSession

    func meeting(uid: String) throws -> PlannedMeeting? {
        try PostgresMeetingRows.fetch(session, .uid(uid)).first
    }

    func meetings(uids: [String]) throws -> [PlannedMeeting] {
        uids.isEmpty ? [] : try PostgresMeetingRows.fetch(session, .uids(uids))
    }

    func meetings(agreementID: String) throws -> [PlannedMeeting] {
        try PostgresMeetingRows.fetch(session, .agreement(agreementID))
    }

    func agreementID(ofMeeting uid: String) throws -> String? {
        try session.value(String.self, "SELECT agreementId FROM meeting WHERE uid = \(uid)")
    }

    func agreementIDs() throws -> [String] {
        try session.values(String.self, "SELECT id FROM agreement ORDER BY id")
    }

    func policy(agreementID: String) throws -> AccessPolicy {
        try PostgresStore.policy(session, agreementID: agreementID)
    }

    func agreement(id: String) throws -> Agreement {
        try PostgresStore.agreement(session, id: id)
    }

    func participant(id: String) throws -> (agreementID: String, participant: Participant)? {
        guard let row = try session.rows("SELECT agreementId, json FROM participant WHERE id = \(id)").first else { return nil }
        let (agreementID, json) = try row.decode((String, String).self)
        return (agreementID, try StoredJSON.decode(Participant.self, from: json))
    }

    func minutesRevisions(meetingUID: String) throws -> [MinutesRecord] {
        var marks: [Int: [AttendanceMark]] = [:]
        for row in try session.rows("""
            SELECT revision, attendeeId, isParticipant, status, reason FROM attendance WHERE meetingUid = \(meetingUID)
            ORDER BY revision, isParticipant, attendeeId
            """) {
            let (revision, attendee, isParticipant, status, reason) = try row.decode((Int, String, Bool, String, String?).self)
            marks[revision, default: []].append(AttendanceMark(
                attendeeID: attendee, isParticipant: isParticipant, status: AttendanceStatus(rawValue: status) ?? .absent, reason: reason
            ))
        }
        return try session.rows("""
            SELECT revision, authorId, recordedAt, text, decisionsJson, actionItemIdsJson FROM minutes
            WHERE meetingUid = \(meetingUID) ORDER BY revision
            """).map { row in
            let (revision, author, recorded, text, decisions, items) = try row.decode((Int, String, String, String, String, String).self)
            return MinutesRecord(
                meetingUID: meetingUID, revision: revision, authorID: author,
                recordedAt: UTCTimestamp(iso: recorded) ?? UTCTimestamp(secondsSince1970: 0), text: text,
                decisions: try StoredJSON.decode([String].self, from: decisions), attendance: marks[revision] ?? [],
                actionItemIDs: try StoredJSON.decode([Int64].self, from: items)
            )
        }
    }

    func latestMinutes() throws -> [LatestMinutes] {
        try session.rows("""
            SELECT m.uid, m.agreementId, n.revision, n.recordedAt, n.authorId,
                   (SELECT COUNT(*) FROM actionItem a WHERE a.meetingUid = m.uid AND a.closedAt IS NULL) AS openItems
            FROM meeting m
            JOIN minutes n ON n.meetingUid = m.uid AND n.revision = (SELECT MAX(revision) FROM minutes WHERE meetingUid = m.uid)
            ORDER BY m.day, m.uid
            """).map { row in
            let (uid, agreementID, revision, recorded, author, open) = try row.decode((String, String, Int, String, String, Int).self)
            return LatestMinutes(
                meetingUID: uid, agreementID: agreementID, revision: revision,
                recordedAt: UTCTimestamp(iso: recorded) ?? UTCTimestamp(secondsSince1970: 0), authorID: author, openActionItems: open
            )
        }
    }

    func actionItems(meetingUID: String) throws -> [ActionItem] {
        try items(session.rows("\(unescaped: Self.itemColumns) WHERE meetingUid = \(meetingUID) ORDER BY id"))
    }

    func actionItems(openOnly: Bool) throws -> [ActionItem] {
        try items(session.rows("\(unescaped: Self.itemColumns) \(unescaped: openOnly ? "WHERE closedAt IS NULL" : "") ORDER BY due, id"))
    }

    func actionItem(id: Int64) throws -> ActionItem? {
        try items(session.rows("\(unescaped: Self.itemColumns) WHERE id = \(id)")).first
    }

    func openActionItemCount(meetingUIDs: [String]) throws -> Int {
        guard !meetingUIDs.isEmpty else { return 0 }
        return try session.value(Int.self, "SELECT COUNT(*) FROM actionItem WHERE closedAt IS NULL AND meetingUid = ANY(\(meetingUIDs))") ?? 0
    }

    private static let itemColumns = "SELECT id, meetingUid, assigneeId, text, due, closedAt, closedBy FROM actionItem"

    private func items(_ rows: [PostgresRow]) throws -> [ActionItem] {
        try rows.map { row in
            let (id, meeting, assignee, text, due, closedAt, closedBy) = try row.decode((Int64, String, String, String, String, String?, String?).self)
            return ActionItem(
                id: id, meetingUID: meeting, assigneeID: assignee, text: text, due: LocalDate(iso: due) ?? LocalDate(dayNumber: 0),
                closedAt: closedAt.flatMap(UTCTimestamp.init(iso:)), closedBy: closedBy
            )
        }
    }

    func audit(_ entry: AuditEntry) throws {
        try PostgresStore.audit(session, entry)
    }

    func addActionItem(_ item: NewActionItem, meetingUID: String) throws -> Int64 {
        guard let id = try session.value(Int64.self, """
            INSERT INTO actionItem (meetingUid, assigneeId, text, due) VALUES (\(meetingUID), \(item.assigneeID), \(item.text), \(item.due.description))
            RETURNING id
            """) else { throw StoreUnavailable.failed(nil) }
        return id
    }

    func addMinutes(_ record: MinutesRecord) throws {
        try session.run("""
            INSERT INTO minutes (meetingUid, revision, authorId, recordedAt, text, decisionsJson, actionItemIdsJson)
            VALUES (\(record.meetingUID), \(record.revision), \(record.authorID), \(record.recordedAt.description), \(record.text),
                \(try StoredJSON.encode(record.decisions)), \(try StoredJSON.encode(record.actionItemIDs)))
            """)
        let marks = record.attendance
        guard !marks.isEmpty else { return }
        try session.run("""
            INSERT INTO attendance (meetingUid, revision, attendeeId, isParticipant, status, reason)
            SELECT \(record.meetingUID), \(record.revision), attendeeId, isParticipant, status, CASE WHEN hasReason THEN reason END
            FROM unnest(\(marks.map(\.attendeeID)), \(marks.map(\.isParticipant)), \(marks.map(\.status.rawValue)),
                \(marks.map { $0.reason != nil }), \(marks.map { $0.reason ?? "" })) AS mark (attendeeId, isParticipant, status, hasReason, reason)
            """)
    }

    func closeActionItem(id: Int64, by personID: String, at time: UTCTimestamp) throws {
        try session.run("UPDATE actionItem SET closedAt = \(time.description), closedBy = \(personID) WHERE id = \(id) AND closedAt IS NULL")
    }
}

extension PostgresStore {
    public func records<T: Sendable>(_ body: @escaping @Sendable (any RecordsTransaction) throws -> T) async throws -> T {
        try await write { session, _ in try body(PostgresRecordsTransaction(session: session)) }
    }
}
