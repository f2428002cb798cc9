import GRDB
import SamkalCore

extension SQLiteStore {
    /// Records answers to invitations, all in one transaction with the audit entry.
    public func recordReplies(_ replies: [MeetingReply], actorID: String, now: UTCTimestamp) async throws {
        try await writer.write { db in
            for reply in replies {
                try db.execute(
                    sql: """
                        INSERT INTO reply (meetingUid, attendeeId, sequence, answer, stamp, comment, receivedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(meetingUid, attendeeId) DO UPDATE SET sequence = excluded.sequence,
                            answer = excluded.answer, stamp = excluded.stamp, comment = excluded.comment,
                            receivedAt = excluded.receivedAt
                        """,
                    arguments: [
                        reply.meetingUID, reply.attendeeID, reply.sequence, reply.answer.rawValue,
                        reply.stamp.description, reply.comment, now.description,
                    ]
                )
            }
            try Self.audit(db, AuditEntry(
                at: now, actorID: actorID, action: .recordReplies, target: "\(replies.count)", allowed: true, rule: .runsProgramme
            ))
        }
    }

    /// Every recorded answer (the latest per meeting and attendee).
    public func replies() async throws -> [MeetingReply] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reply ORDER BY meetingUid, attendeeId").compactMap { row in
                guard let answer = ParticipationAnswer(rawValue: row["answer"]),
                      let stamp = UTCTimestamp(iso: row["stamp"]) else { return nil }
                return MeetingReply(
                    meetingUID: row["meetingUid"], attendeeID: row["attendeeId"], sequence: row["sequence"],
                    answer: answer, stamp: stamp, comment: row["comment"],
                    receivedAt: UTCTimestamp(iso: row["receivedAt"])
                )
            }
        }
    }
}
