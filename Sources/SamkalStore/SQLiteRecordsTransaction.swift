import GRDB
import SamkalCore

/// Minutes, attendance and action items in SQLite, inside one write transaction.
struct SQLiteRecordsTransaction: RecordsTransaction {
    let db: Database

    func meeting(uid: String) throws -> PlannedMeeting? {
        try SQLiteStore.meeting(db, uid: uid)
    }

    func meetings(uids: [String]) throws -> [PlannedMeeting] {
        try SQLiteStore.meetings(db, uids: uids)
    }

    func meetings(agreementID: String) throws -> [PlannedMeeting] {
        try SQLiteStore.meetings(db, agreementID: agreementID)
    }

    func agreementID(ofMeeting uid: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT agreementId FROM meeting WHERE uid = ?", arguments: [uid])
    }

    func agreementIDs() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT id FROM agreement ORDER BY id")
    }

    func policy(agreementID: String) throws -> AccessPolicy {
        try SQLiteStore.policy(db, agreementID: agreementID)
    }

    func agreement(id: String) throws -> Agreement {
        try SQLiteStore.agreement(db, id: id)
    }

    func participant(id: String) throws -> (agreementID: String, participant: Participant)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT agreementId, json FROM participant WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return (row["agreementId"], try StoredJSON.decode(Participant.self, from: row["json"]))
    }

    func minutesRevisions(meetingUID: String) throws -> [MinutesRecord] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM minutes WHERE meetingUid = ? ORDER BY revision", arguments: [meetingUID])
        return try rows.map { row in
            let revision: Int = row["revision"]
            let marks = try Row.fetchAll(
                db,
                sql: "SELECT * FROM attendance WHERE meetingUid = ? AND revision = ? ORDER BY isParticipant, attendeeId",
                arguments: [meetingUID, revision]
            ).map { mark in
                AttendanceMark(
                    attendeeID: mark["attendeeId"], isParticipant: mark["isParticipant"],
                    status: AttendanceStatus(rawValue: mark["status"]) ?? .absent, reason: mark["reason"]
                )
            }
            return MinutesRecord(
                meetingUID: meetingUID,
                revision: revision,
                authorID: row["authorId"],
                recordedAt: UTCTimestamp(iso: row["recordedAt"]) ?? UTCTimestamp(secondsSince1970: 0),
                text: row["text"],
                decisions: try StoredJSON.decode([String].self, from: row["decisionsJson"]),
                attendance: marks,
                actionItemIDs: try StoredJSON.decode([Int64].self, from: row["actionItemIdsJson"])
            )
        }
    }

    func latestMinutes() throws -> [LatestMinutes] {
        try Row.fetchAll(db, sql: """
            SELECT m.uid, m.agreementId, n.revision, n.recordedAt, n.authorId,
                   (SELECT COUNT(*) FROM actionItem a WHERE a.meetingUid = m.uid AND a.closedAt IS NULL) AS openItems
            FROM meeting m
            JOIN minutes n ON n.meetingUid = m.uid
                AND n.revision = (SELECT MAX(revision) FROM minutes WHERE meetingUid = m.uid)
            ORDER BY m.day, m.uid
            """).map { row in
            LatestMinutes(
                meetingUID: row["uid"], agreementID: row["agreementId"], revision: row["revision"],
                recordedAt: UTCTimestamp(iso: row["recordedAt"]) ?? UTCTimestamp(secondsSince1970: 0),
                authorID: row["authorId"], openActionItems: row["openItems"]
            )
        }
    }

    func actionItems(meetingUID: String) throws -> [ActionItem] {
        try items(sql: "SELECT * FROM actionItem WHERE meetingUid = ? ORDER BY id", arguments: [meetingUID])
    }

    func actionItems(openOnly: Bool) throws -> [ActionItem] {
        try items(sql: "SELECT * FROM actionItem \(openOnly ? "WHERE closedAt IS NULL" : "") ORDER BY due, id", arguments: [])
    }

    func actionItem(id: Int64) throws -> ActionItem? {
        try items(sql: "SELECT * FROM actionItem WHERE id = ?", arguments: [id]).first
    }

    func openActionItemCount(meetingUIDs: [String]) throws -> Int {
        var open = 0
        for chunk in stride(from: 0, to: meetingUIDs.count, by: 500).map({ Array(meetingUIDs[$0..<min($0 + 500, meetingUIDs.count)]) }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            open += try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM actionItem WHERE closedAt IS NULL AND meetingUid IN (\(placeholders))",
                arguments: StatementArguments(chunk)
            ) ?? 0
        }
        return open
    }

    private func items(sql: String, arguments: StatementArguments) throws -> [ActionItem] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ActionItem(
                id: row["id"], meetingUID: row["meetingUid"], assigneeID: row["assigneeId"], text: row["text"],
                due: LocalDate(iso: row["due"] as String) ?? LocalDate(dayNumber: 0),
                closedAt: (row["closedAt"] as String?).flatMap(UTCTimestamp.init(iso:)),
                closedBy: row["closedBy"]
            )
        }
    }

    func audit(_ entry: AuditEntry) throws {
        try SQLiteStore.audit(db, entry)
    }

    func addActionItem(_ item: NewActionItem, meetingUID: String) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO actionItem (meetingUid, assigneeId, text, due) VALUES (?, ?, ?, ?)",
            arguments: [meetingUID, item.assigneeID, item.text, item.due.description]
        )
        return db.lastInsertedRowID
    }

    func addMinutes(_ record: MinutesRecord) throws {
        try db.execute(
            sql: """
                INSERT INTO minutes (meetingUid, revision, authorId, recordedAt, text, decisionsJson, actionItemIdsJson)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.meetingUID, record.revision, record.authorID, record.recordedAt.description, record.text,
                try StoredJSON.encode(record.decisions), try StoredJSON.encode(record.actionItemIDs),
            ]
        )
        for mark in record.attendance {
            try db.execute(
                sql: "INSERT INTO attendance (meetingUid, revision, attendeeId, isParticipant, status, reason) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [record.meetingUID, record.revision, mark.attendeeID, mark.isParticipant, mark.status.rawValue, mark.reason]
            )
        }
    }

    func closeActionItem(id: Int64, by personID: String, at time: UTCTimestamp) throws {
        try db.execute(
            sql: "UPDATE actionItem SET closedAt = ?, closedBy = ? WHERE id = ? AND closedAt IS NULL",
            arguments: [time.description, personID, id]
        )
    }
}

extension SQLiteStore {
    public func records<T: Sendable>(_ body: @escaping @Sendable (any RecordsTransaction) throws -> T) async throws -> T {
        try await writer.write { db in try body(SQLiteRecordsTransaction(db: db)) }
    }
}
