import GRDB
import SamkalCore

extension SQLiteStore {
    public func logMinutes(_ entry: MinutesEntry, now: UTCTimestamp) async throws -> AccessResult<MinutesRecord> {
        let decisionsJSON = try StoredJSON.encode(entry.decisions)
        return try await writer.write { db in
            guard let meeting = try Self.meeting(db, uid: entry.meetingUID) else {
                throw StoreError.unknownMeeting(entry.meetingUID)
            }
            let policy = try Self.policy(db, agreementID: Self.agreementID(db, meetingUID: meeting.uid))
            let decision = policy.canWrite(meeting: meeting, as: entry.authorID)
            let revision = (try Int.fetchOne(db, sql: "SELECT MAX(revision) FROM minutes WHERE meetingUid = ?", arguments: [meeting.uid]) ?? 0) + 1
            try Self.audit(db, AuditEntry(
                at: now, actorID: entry.authorID, action: .writeMinutes,
                target: "\(meeting.uid)#\(revision)", allowed: decision.allowed, rule: decision.rule
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            try MinutesRules.validateAttendance(entry.attendance, meeting: meeting, policy: policy)
            for action in entry.actions where policy.people[action.assigneeID] == nil {
                throw StoreError.unknownPerson(action.assigneeID)
            }

            var actionIDs: [Int64] = []
            for action in entry.actions {
                try db.execute(
                    sql: "INSERT INTO actionItem (meetingUid, assigneeId, text, due) VALUES (?, ?, ?, ?)",
                    arguments: [meeting.uid, action.assigneeID, action.text, action.due.description]
                )
                actionIDs.append(db.lastInsertedRowID)
            }
            try db.execute(
                sql: """
                    INSERT INTO minutes (meetingUid, revision, authorId, recordedAt, text, decisionsJson, actionItemIdsJson)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [meeting.uid, revision, entry.authorID, now.description, entry.text, decisionsJSON, try StoredJSON.encode(actionIDs)]
            )
            for mark in entry.attendance {
                try db.execute(
                    sql: "INSERT INTO attendance (meetingUid, revision, attendeeId, isParticipant, status, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [meeting.uid, revision, mark.attendeeID, mark.isParticipant, mark.status.rawValue, mark.reason]
                )
            }
            return .allowed(MinutesRecord(
                meetingUID: meeting.uid, revision: revision, authorID: entry.authorID, recordedAt: now,
                text: entry.text, decisions: entry.decisions, attendance: entry.attendance, actionItemIDs: actionIDs
            ), rule: decision.rule)
        }
    }

    static func agreementID(_ db: Database, meetingUID: String) throws -> String {
        guard let id = try String.fetchOne(db, sql: "SELECT agreementId FROM meeting WHERE uid = ?", arguments: [meetingUID]) else {
            throw StoreError.unknownMeeting(meetingUID)
        }
        return id
    }

    static func minutesRevisions(_ db: Database, meetingUID: String) throws -> [MinutesRecord] {
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

    static func actionItems(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ActionItem] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ActionItem(
                id: row["id"], meetingUID: row["meetingUid"], assigneeID: row["assigneeId"], text: row["text"],
                due: LocalDate(iso: row["due"] as String) ?? LocalDate(dayNumber: 0),
                closedAt: (row["closedAt"] as String?).flatMap(UTCTimestamp.init(iso:)),
                closedBy: row["closedBy"]
            )
        }
    }

    public func minutesHistory(meetingUID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<MinutesHistory> {
        try await writer.write { db in
            guard let meeting = try Self.meeting(db, uid: meetingUID) else { throw StoreError.unknownMeeting(meetingUID) }
            let policy = try Self.policy(db, agreementID: Self.agreementID(db, meetingUID: meetingUID))
            let decision = policy.canRead(meeting: meeting, as: personID)
            try Self.audit(db, AuditEntry(at: now, actorID: personID, action: .readMinutes, target: meetingUID, allowed: decision.allowed, rule: decision.rule))
            guard decision.allowed else { return .refused(decision.rule) }
            let items = try Self.actionItems(db, sql: "SELECT * FROM actionItem WHERE meetingUid = ? ORDER BY id", arguments: [meetingUID])
            return .allowed(MinutesHistory(meeting: meeting, revisions: try Self.minutesRevisions(db, meetingUID: meetingUID), actionItems: items), rule: decision.rule)
        }
    }

    public func listMinutes(_ filter: MinutesFilter, as personID: String, now: UTCTimestamp) async throws -> [MinutesListing] {
        try await writer.write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.uid, n.revision, n.recordedAt, n.authorId, m.agreementId,
                       (SELECT COUNT(*) FROM actionItem a WHERE a.meetingUid = m.uid AND a.closedAt IS NULL) AS openItems
                FROM meeting m
                JOIN minutes n ON n.meetingUid = m.uid
                    AND n.revision = (SELECT MAX(revision) FROM minutes WHERE meetingUid = m.uid)
                ORDER BY m.day, m.uid
                """)
            let meetings = Dictionary(
                try Self.meetings(db, uids: rows.map { $0["uid"] as String }).map { ($0.uid, $0) },
                uniquingKeysWith: { first, _ in first }
            )
            var policies: [String: AccessPolicy] = [:]
            var listings: [MinutesListing] = []
            for row in rows {
                guard let meeting = meetings[row["uid"] as String] else { continue }
                let agreementID: String = row["agreementId"]
                let openItems: Int = row["openItems"]
                let policy = try policies[agreementID] ?? Self.policy(db, agreementID: agreementID)
                policies[agreementID] = policy
                guard MinutesRules.lists(meeting, filter: filter, openItems: openItems, policy: policy, as: personID) else { continue }
                listings.append(MinutesListing(
                    meeting: meeting, revision: row["revision"],
                    recordedAt: UTCTimestamp(iso: row["recordedAt"]) ?? UTCTimestamp(secondsSince1970: 0),
                    authorID: row["authorId"], openActionItems: openItems
                ))
            }
            try Self.audit(db, AuditEntry(
                at: now, actorID: personID, action: .listMinutes,
                target: listings.map(\.meeting.uid).joined(separator: ","), allowed: true, rule: .invitedToMeeting
            ))
            return listings
        }
    }

    public func actionItems(openOnly: Bool, as personID: String, now: UTCTimestamp) async throws -> [ActionItem] {
        try await writer.write { db in
            let items = try Self.actionItems(
                db,
                sql: "SELECT * FROM actionItem \(openOnly ? "WHERE closedAt IS NULL" : "") ORDER BY due, id",
                arguments: []
            )
            var visible: [ActionItem] = []
            var policies: [String: AccessPolicy] = [:]
            for item in items {
                if item.assigneeID == personID {
                    visible.append(item)
                    continue
                }
                guard let meeting = try Self.meeting(db, uid: item.meetingUID) else { continue }
                let agreementID = try Self.agreementID(db, meetingUID: meeting.uid)
                let policy = try policies[agreementID] ?? Self.policy(db, agreementID: agreementID)
                policies[agreementID] = policy
                if policy.canRead(meeting: meeting, as: personID).allowed { visible.append(item) }
            }
            try Self.audit(db, AuditEntry(
                at: now, actorID: personID, action: .listActionItems,
                target: visible.map { String($0.id) }.joined(separator: ","), allowed: true, rule: .invitedToMeeting
            ))
            return visible
        }
    }

    public func closeActionItem(id: Int64, as personID: String, now: UTCTimestamp) async throws -> AccessResult<ActionItem> {
        try await writer.write { db in
            guard let item = try Self.actionItems(db, sql: "SELECT * FROM actionItem WHERE id = ?", arguments: [id]).first else {
                throw StoreError.unknownActionItem(id)
            }
            guard let meeting = try Self.meeting(db, uid: item.meetingUID) else { throw StoreError.unknownMeeting(item.meetingUID) }
            let policy = try Self.policy(db, agreementID: Self.agreementID(db, meetingUID: meeting.uid))
            let decision = item.assigneeID == personID
                ? AccessDecision(allowed: true, rule: .invitedToMeeting)
                : policy.canWrite(meeting: meeting, as: personID)
            try Self.audit(db, AuditEntry(at: now, actorID: personID, action: .closeActionItem, target: "\(id)", allowed: decision.allowed, rule: decision.rule))
            guard decision.allowed else { return .refused(decision.rule) }
            if item.isOpen {
                try db.execute(sql: "UPDATE actionItem SET closedAt = ?, closedBy = ? WHERE id = ?", arguments: [now.description, personID, id])
            }
            let closed = try Self.actionItems(db, sql: "SELECT * FROM actionItem WHERE id = ?", arguments: [id])[0]
            return .allowed(closed, rule: decision.rule)
        }
    }
}
