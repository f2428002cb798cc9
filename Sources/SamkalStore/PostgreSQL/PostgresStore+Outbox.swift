import NIOCore
import PostgresNIO
import SamkalCore

extension PostgresStore {
    /// As `SQLiteStore.enqueueInvitations`: each (meeting, attendee, sequence, method) once,
    /// the meetings sent out marked CONFIRMED, audited, in one transaction.
    public func enqueueInvitations(_ messages: [NewOutboxMessage], actorID: String, now: UTCTimestamp) async throws -> Int {
        let attendees = try messages.map { try StoredJSON.encode($0.invitation.attendee) }
        return try await write { session, _ in
            var added = 0
            for (message, attendee) in zip(messages, attendees) {
                let invitation = message.invitation
                added += try session.run("""
                    INSERT INTO outbox (meetingUid, attendeeId, sequence, method, attendeeJson, sender, recipient, subject, messageId,
                        message, status, attempts, nextAttemptAt, createdAt)
                    VALUES (\(invitation.meetingUID), \(invitation.attendee.id), \(invitation.sequence), \(invitation.method.rawValue),
                        \(attendee), \(message.sender), \(message.recipient), \(message.subject), \(message.messageID),
                        \(ByteBuffer(bytes: message.message)), 'pending', 0, \(now.description), \(now.description))
                    ON CONFLICT (meetingUid, attendeeId, sequence, method) DO NOTHING
                    """)
                if invitation.method == .request {
                    try session.run("UPDATE meeting SET status = 'confirmed' WHERE uid = \(invitation.meetingUID) AND status = 'tentative'")
                }
            }
            try Self.audit(session, AuditEntry(
                at: now, actorID: actorID, action: .sendInvitations, target: "\(added)", allowed: true, rule: .runsProgramme
            ))
            return added
        }
    }

    public func sentInvitations() async throws -> [SentInvitation] {
        try await session { session in
            try session.rows("SELECT meetingUid, attendeeJson, sequence, method FROM outbox ORDER BY id").compactMap { row in
                let (meeting, attendee, sequence, method) = try row.decode((String, String, Int, String).self)
                guard let method = InvitationMethod(rawValue: method) else { return nil }
                return SentInvitation(
                    meetingUID: meeting, attendee: try StoredJSON.decode(MeetingAttendee.self, from: attendee), sequence: sequence, method: method
                )
            }
        }
    }

    public func meetingConfirmationTimes() async throws -> [String: UTCTimestamp] {
        try await session { session in
            var times: [String: UTCTimestamp] = [:]
            for row in try session.rows("SELECT meetingUid, MAX(createdAt) FROM outbox WHERE method = 'request' GROUP BY meetingUid") {
                let (meeting, at) = try row.decode((String, String).self)
                if let time = UTCTimestamp(iso: at) { times[meeting] = time }
            }
            return times
        }
    }

    public func outbox(status: OutboxEntry.Status?) async throws -> [OutboxEntry] {
        try await session { session in
            let rows = if let status {
                try session.rows("\(unescaped: Self.outboxColumns) WHERE status = \(status.rawValue) ORDER BY id")
            } else {
                try session.rows("\(unescaped: Self.outboxColumns) ORDER BY id")
            }
            return try rows.map(Self.outboxEntry)
        }
    }

    /// Pending messages whose time has come, and those whose sender's claim has lapsed.
    public func dueOutbox(now: UTCTimestamp, meetingUID: String?) async throws -> [OutboxEntry] {
        try await session { session in
            try session.rows("""
                \(unescaped: Self.outboxColumns) WHERE (status = 'pending' AND nextAttemptAt <= \(now.description)
                    OR status = 'sending' AND (claimedUntil IS NULL OR claimedUntil < \(now.description)))
                AND (\(meetingUID)::TEXT IS NULL OR meetingUid = \(meetingUID)) ORDER BY id
                """).map(Self.outboxEntry)
        }
    }

    /// The claim: the row locked `FOR UPDATE SKIP LOCKED` (a sender claiming it this very
    /// moment is passed over, not waited for), taken only if due or the sender's own.
    /// Not a change anyone's feed shows, so no one is notified.
    public func claimOutbox(id: Int64, by sender: String, now: UTCTimestamp, until: UTCTimestamp) async throws -> Bool {
        try await session { session in
            try session.run("""
                UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimedBy = \(sender), claimedUntil = \(until.description)
                WHERE id = (
                    SELECT id FROM outbox WHERE id = \(id) AND (
                        status = 'pending' AND nextAttemptAt <= \(now.description)
                        OR status = 'sending' AND (claimedUntil IS NULL OR claimedUntil < \(now.description) OR claimedBy = \(sender)))
                    FOR UPDATE SKIP LOCKED)
                """) > 0
        }
    }

    public func outboxSent(id: Int64, to destination: String, now: UTCTimestamp) async throws {
        try await write { session, _ in
            try session.run("""
                UPDATE outbox SET status = 'sent', sentAt = \(now.description), deliveredTo = \(destination), lastError = NULL, claimedUntil = NULL WHERE id = \(id)
                """)
        }
    }

    public func outboxFailed(id: Int64, error: String, retryAt: UTCTimestamp?) async throws {
        try await write { session, _ in
            if let retryAt {
                try session.run("UPDATE outbox SET status = 'pending', lastError = \(error), nextAttemptAt = \(retryAt.description), claimedUntil = NULL WHERE id = \(id)")
            } else {
                try session.run("UPDATE outbox SET status = 'failed', lastError = \(error), claimedUntil = NULL WHERE id = \(id)")
            }
        }
    }

    public func retryFailedOutbox(now: UTCTimestamp, agreementID: String?) async throws -> Int {
        try await write { session, _ in
            try session.run("""
                UPDATE outbox SET status = 'pending', attempts = 0, nextAttemptAt = \(now.description) WHERE status = 'failed'
                AND (\(agreementID)::TEXT IS NULL OR meetingUid IN (SELECT uid FROM meeting WHERE agreementId = \(agreementID)))
                """)
        }
    }

    private static let outboxColumns = """
        SELECT id, meetingUid, attendeeJson, sequence, method, sender, recipient, subject, messageId, message, status, attempts,
            nextAttemptAt, lastError, createdAt, sentAt, deliveredTo FROM outbox
        """

    private static func outboxEntry(_ row: PostgresRow) throws -> OutboxEntry {
        let (id, meeting, attendee, sequence, method, sender, recipient, subject, messageID, message, status, attempts, next, lastError,
             created, sent, deliveredTo) = try row.decode(
            (Int64, String, String, Int, String, String, String, String, String, ByteBuffer, String, Int, String, String?, String, String?, String?).self
        )
        return OutboxEntry(
            id: id,
            invitation: SentInvitation(
                meetingUID: meeting, attendee: try StoredJSON.decode(MeetingAttendee.self, from: attendee), sequence: sequence,
                method: InvitationMethod(rawValue: method) ?? .request
            ),
            sender: sender, recipient: recipient, subject: subject, messageID: messageID, message: Array(message.readableBytesView),
            status: OutboxEntry.Status(rawValue: status) ?? .pending, attempts: attempts,
            nextAttemptAt: UTCTimestamp(iso: next) ?? UTCTimestamp(secondsSince1970: 0), lastError: lastError,
            createdAt: UTCTimestamp(iso: created) ?? UTCTimestamp(secondsSince1970: 0), sentAt: sent.flatMap(UTCTimestamp.init(iso:)),
            deliveredTo: deliveredTo
        )
    }
}
