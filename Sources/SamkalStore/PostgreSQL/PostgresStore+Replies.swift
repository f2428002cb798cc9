import PostgresNIO
import SamkalCore

extension PostgresStore {
    /// Records answers to invitations, all in one transaction with the audit entry.
    public func recordReplies(_ replies: [MeetingReply], actorID: String, now: UTCTimestamp) async throws {
        try await write { session, _ in
            for reply in replies {
                try session.run("""
                    INSERT INTO reply (meetingUid, attendeeId, sequence, answer, stamp, comment, receivedAt)
                    VALUES (\(reply.meetingUID), \(reply.attendeeID), \(reply.sequence), \(reply.answer.rawValue), \(reply.stamp.description),
                        \(reply.comment), \(now.description))
                    ON CONFLICT (meetingUid, attendeeId) DO UPDATE SET sequence = excluded.sequence, answer = excluded.answer,
                        stamp = excluded.stamp, comment = excluded.comment, receivedAt = excluded.receivedAt
                    """)
            }
            try Self.audit(session, AuditEntry(
                at: now, actorID: actorID, action: .recordReplies, target: "\(replies.count)", allowed: true, rule: .runsProgramme
            ))
        }
    }

    /// Every recorded answer (the latest per meeting and attendee).
    public func replies() async throws -> [MeetingReply] {
        try await session { session in
            try session.rows("""
                SELECT meetingUid, attendeeId, sequence, answer, stamp, comment, receivedAt FROM reply ORDER BY meetingUid, attendeeId
                """).compactMap { row in
                let (meeting, attendee, sequence, answer, stamp, comment, received) = try row.decode((String, String, Int, String, String, String?, String).self)
                guard let answer = ParticipationAnswer(rawValue: answer), let stamp = UTCTimestamp(iso: stamp) else { return nil }
                return MeetingReply(
                    meetingUID: meeting, attendeeID: attendee, sequence: sequence, answer: answer, stamp: stamp, comment: comment,
                    receivedAt: UTCTimestamp(iso: received)
                )
            }
        }
    }
}
