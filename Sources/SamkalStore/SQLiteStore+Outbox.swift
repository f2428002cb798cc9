import Foundation
import GRDB
import SamkalCore

extension SQLiteStore {
    /// Puts invitations in the outbox and marks their meetings as sent out (innkalt,
    /// STATUS:CONFIRMED), in one transaction with its audit entry. A message already in
    /// the outbox for the same (meeting, attendee, sequence, method) is not added twice.
    /// Returns how many were added.
    public func enqueueInvitations(_ messages: [NewOutboxMessage], actorID: String, now: UTCTimestamp) async throws -> Int {
        try await writer.write { db in
            var added = 0
            for message in messages {
                let invitation = message.invitation
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO outbox (meetingUid, attendeeId, sequence, method, attendeeJson, sender, recipient,
                            subject, messageId, message, status, attempts, nextAttemptAt, createdAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
                        """,
                    arguments: [
                        invitation.meetingUID, invitation.attendee.id, invitation.sequence, invitation.method.rawValue,
                        try StoredJSON.encode(invitation.attendee), message.sender, message.recipient, message.subject,
                        message.messageID, Data(message.message), now.description, now.description,
                    ]
                )
                added += db.changesCount
                if invitation.method == .request, var meeting = try Self.meeting(db, uid: invitation.meetingUID), meeting.status == .tentative {
                    meeting.status = .confirmed
                    try db.execute(sql: "UPDATE meeting SET status = ? WHERE uid = ?", arguments: [meeting.status.rawValue, meeting.uid])
                }
            }
            try Self.audit(db, AuditEntry(
                at: now, actorID: actorID, action: .sendInvitations, target: "\(added)", allowed: true, rule: .runsProgramme
            ))
            return added
        }
    }

    /// Everything ever put in the outbox, as the invitation planner needs it.
    public func sentInvitations() async throws -> [SentInvitation] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT meetingUid, attendeeJson, sequence, method FROM outbox ORDER BY id").compactMap { row in
                guard let method = InvitationMethod(rawValue: row["method"]) else { return nil }
                return SentInvitation(
                    meetingUID: row["meetingUid"], attendee: try StoredJSON.decode(MeetingAttendee.self, from: row["attendeeJson"]),
                    sequence: row["sequence"], method: method
                )
            }
        }
    }

    /// When each meeting was last sent out (its latest REQUEST queued): it turned
    /// CONFIRMED then, a change to the feeds that show it.
    public func meetingConfirmationTimes() async throws -> [String: UTCTimestamp] {
        try await writer.read { db in
            var times: [String: UTCTimestamp] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT meetingUid, MAX(createdAt) AS at FROM outbox WHERE method = 'request' GROUP BY meetingUid") {
                if let time = UTCTimestamp(iso: row["at"]) { times[row["meetingUid"]] = time }
            }
            return times
        }
    }

    /// The outbox, oldest first; only `status` when given.
    public func outbox(status: OutboxEntry.Status?) async throws -> [OutboxEntry] {
        try await writer.read { db in
            let rows = if let status {
                try Row.fetchAll(db, sql: "SELECT * FROM outbox WHERE status = ? ORDER BY id", arguments: [status.rawValue])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY id")
            }
            return try rows.map(Self.outboxEntry)
        }
    }

    /// Messages to send now: pending ones whose time has come, and any whose attempt was
    /// interrupted (a crash between sending and recording) once its claim has lapsed.
    public func dueOutbox(now: UTCTimestamp, meetingUID: String?) async throws -> [OutboxEntry] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM outbox WHERE \(Self.due) AND (?2 IS NULL OR meetingUid = ?2) ORDER BY id
                """, arguments: [now.description, meetingUID]).map(Self.outboxEntry)
        }
    }

    /// Due at `?1`: pending and its time come, or sending with its claim lapsed (or none,
    /// as stores before claims left it).
    private static let due = """
        (status = 'pending' AND nextAttemptAt <= ?1 OR status = 'sending' AND (claimedUntil IS NULL OR claimedUntil < ?1))
        """

    /// Claims a due message (or renews the sender's own claim) and counts the attempt;
    /// committed before the message leaves.
    public func claimOutbox(id: Int64, by sender: String, now: UTCTimestamp, until: UTCTimestamp) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: """
                UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimedBy = ?3, claimedUntil = ?4
                WHERE id = ?2 AND (\(Self.due) OR (status = 'sending' AND claimedBy = ?3))
                """, arguments: [now.description, id, sender, until.description])
            return db.changesCount > 0
        }
    }

    public func outboxSent(id: Int64, to destination: String, now: UTCTimestamp) async throws {
        try await writer.write { db in
            try db.execute(
                sql: "UPDATE outbox SET status = 'sent', sentAt = ?, deliveredTo = ?, lastError = NULL, claimedUntil = NULL WHERE id = ?",
                arguments: [now.description, destination, id]
            )
        }
    }

    /// A failed attempt: tried again at `retryAt`, or given up when `retryAt` is nil.
    public func outboxFailed(id: Int64, error: String, retryAt: UTCTimestamp?) async throws {
        try await writer.write { db in
            if let retryAt {
                try db.execute(
                    sql: "UPDATE outbox SET status = 'pending', lastError = ?, nextAttemptAt = ?, claimedUntil = NULL WHERE id = ?",
                    arguments: [error, retryAt.description, id]
                )
            } else {
                try db.execute(sql: "UPDATE outbox SET status = 'failed', lastError = ?, claimedUntil = NULL WHERE id = ?", arguments: [error, id])
            }
        }
    }

    /// Puts failed messages back in the queue (after the cause is fixed). Returns how many.
    public func retryFailedOutbox(now: UTCTimestamp, agreementID: String?) async throws -> Int {
        try await writer.write { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET status = 'pending', attempts = 0, nextAttemptAt = ? WHERE status = 'failed'
                    AND (? IS NULL OR meetingUid IN (SELECT uid FROM meeting WHERE agreementId = ?))
                    """,
                arguments: [now.description, agreementID, agreementID]
            )
            return db.changesCount
        }
    }

    private static func outboxEntry(_ row: Row) throws -> OutboxEntry {
        let blob: Data = row["message"]
        return OutboxEntry(
            id: row["id"],
            invitation: SentInvitation(
                meetingUID: row["meetingUid"], attendee: try StoredJSON.decode(MeetingAttendee.self, from: row["attendeeJson"]),
                sequence: row["sequence"], method: InvitationMethod(rawValue: row["method"]) ?? .request
            ),
            sender: row["sender"], recipient: row["recipient"], subject: row["subject"], messageID: row["messageId"],
            message: Array(blob),
            status: OutboxEntry.Status(rawValue: row["status"]) ?? .pending,
            attempts: row["attempts"],
            nextAttemptAt: UTCTimestamp(iso: row["nextAttemptAt"]) ?? UTCTimestamp(secondsSince1970: 0),
            lastError: row["lastError"],
            createdAt: UTCTimestamp(iso: row["createdAt"]) ?? UTCTimestamp(secondsSince1970: 0),
            sentAt: (row["sentAt"] as String?).flatMap(UTCTimestamp.init(iso:)),
            deliveredTo: row["deliveredTo"]
        )
    }
}
