import Logging
import PostgresNIO

/// The PostgreSQL schema, as versioned migrations applied in order, each in its own
/// transaction and recorded in `samkalMigration`. A migration is never edited once
/// released; changes come as new migrations.
///
/// Tables and columns are named as in the SQLite store (`Schema`), unquoted, so PostgreSQL
/// folds them to lower case: `samkal migrate` copies a SQLite store table by table.
/// Times are ISO 8601 text in UTC, as there, so both order and compare them the same way.
enum PostgresSchema {
    /// Migrations by version, oldest first.
    static let migrations: [(version: Int, name: String, statements: [String])] = [
        (1, "agreements, people, participants, plans in rows, records, audit, feeds, outbox, replies, tokens", version1),
        (2, "the meetings each plan could not place", version2),
    ]

    /// The last version this samkal knows.
    static var latest: Int { migrations.last?.version ?? 0 }

    /// Brings the store to `latest` (making `schema` first if given), one session at a time
    /// (an advisory lock: several instances starting together migrate once). A store
    /// migrated by a newer samkal is refused.
    static func migrate(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        try await connection.query("SELECT pg_advisory_lock(\(advisoryKey))", logger: logger)
        do {
            if let schema {
                try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: schema)", logger: logger)
            }
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS samkalMigration (version BIGINT PRIMARY KEY, name TEXT NOT NULL, appliedAt TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: logger)
            var applied = 0
            for try await version in try await connection.query("SELECT COALESCE(MAX(version), 0) FROM samkalMigration", logger: logger)
                .decode(Int.self) {
                applied = version
            }
            guard applied <= latest else { throw StoreUnavailable.newerStore(nil) }
            for migration in migrations where migration.version > applied {
                try await connection.query("BEGIN", logger: logger)
                do {
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query(
                        "INSERT INTO samkalMigration (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger
                    )
                    try await connection.query("COMMIT", logger: logger)
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
                logger.debug("store migrated", metadata: ["version": "\(migration.version)"])
            }
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(advisoryKey))", logger: logger)
            throw error
        }
        try await connection.query("SELECT pg_advisory_unlock(\(advisoryKey))", logger: logger)
    }

    /// The advisory lock key of migrations (any constant no other lock uses).
    static let advisoryKey: Int64 = 0x73_616D_6B61_6C00

    /// Text compares as bytes, whatever the database's locale: identifiers and ISO times
    /// order as in the SQLite store (so output is the same on every server, byte for byte),
    /// and the indexes on opaque UIDs and person ids are kept without the locale's rules
    /// (`strcoll`) on every comparison.
    private static let text = #"TEXT COLLATE "C""#

    /// As SQLite's: no foreign keys (a meeting's attendees are replaced with it, in the same
    /// transaction), which would cost a trigger per attendee row of a first plan.
    /// Each plan version keeps the meetings it could not place, with why (JSON, as SQLite's v10).
    static let version2 = [
        "ALTER TABLE planVersion ADD COLUMN unplacedJson \(text) NOT NULL DEFAULT '[]'",
    ]

    static let version1 = [
        // One row: a counter every writing transaction raises (and so holds, one writer at a
        // time, as SQLite's own lock): what change notification and `changeStamp()` carry.
        "CREATE TABLE samkalChange (id INT PRIMARY KEY CHECK (id = 1), counter BIGINT NOT NULL)",
        "INSERT INTO samkalChange (id, counter) VALUES (1, 0)",
        // The installation's secret for opaque identifiers (32 random bytes), shared by
        // every instance: what the SQLite store keeps in identifier.key.
        "CREATE TABLE installation (id INT PRIMARY KEY CHECK (id = 1), identifierKey BYTEA NOT NULL)",
        "CREATE TABLE agreement (id \(text) PRIMARY KEY, name \(text) NOT NULL, json \(text) NOT NULL, updatedAt \(text) NOT NULL)",
        """
        CREATE TABLE person (agreementId \(text) NOT NULL, id \(text) NOT NULL, name \(text) NOT NULL, email \(text) NOT NULL,
            role \(text) NOT NULL, partyId \(text) NOT NULL, PRIMARY KEY (agreementId, id))
        """,
        "CREATE INDEX person_id ON person (id)",
        """
        CREATE TABLE participant (id \(text) PRIMARY KEY, agreementId \(text) NOT NULL, json \(text) NOT NULL,
            createdAt \(text) NOT NULL, updatedAt \(text) NOT NULL)
        """,
        "CREATE INDEX participant_agreementId ON participant (agreementId)",
        """
        CREATE TABLE planVersion (number BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, agreementId \(text) NOT NULL,
            createdAt \(text) NOT NULL, rangeFrom \(text) NOT NULL, rangeTo \(text) NOT NULL)
        """,
        "CREATE INDEX planVersion_agreementId ON planVersion (agreementId)",
        // Each version's meetings as they stood, written by stores before meetings were rows
        // (kept when such a store is migrated here).
        """
        CREATE TABLE planVersionMeeting (version BIGINT NOT NULL, uid \(text) NOT NULL, sequence BIGINT NOT NULL,
            status \(text) NOT NULL, PRIMARY KEY (version, uid))
        """,
        """
        CREATE TABLE meeting (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, uid \(text) NOT NULL UNIQUE,
            agreementId \(text) NOT NULL, kind \(text) NOT NULL, period \(text) NOT NULL, title \(text) NOT NULL, agenda \(text) NOT NULL,
            day BIGINT NOT NULL, startMinute BIGINT NOT NULL, endMinute BIGINT NOT NULL, timeZoneId \(text) NOT NULL,
            location \(text) NOT NULL, organizerId \(text) NOT NULL, participantId \(text), sequence BIGINT NOT NULL,
            status \(text) NOT NULL, firstVersion BIGINT NOT NULL, changedVersion BIGINT NOT NULL)
        """,
        "CREATE INDEX meeting_agreement_day ON meeting (agreementId, day)",
        "CREATE INDEX meeting_location ON meeting (location)",
        """
        CREATE TABLE meetingAttendee (meetingId BIGINT NOT NULL, position BIGINT NOT NULL, personId \(text) NOT NULL,
            isConvener BOOLEAN NOT NULL, PRIMARY KEY (meetingId, position))
        """,
        "CREATE INDEX meetingAttendee_person ON meetingAttendee (personId)",
        """
        CREATE TABLE personSnapshot (id \(text) PRIMARY KEY, name \(text) NOT NULL, email \(text) NOT NULL, partyId \(text) NOT NULL,
            role \(text) NOT NULL)
        """,
        """
        CREATE TABLE planChange (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, version BIGINT NOT NULL,
            uid \(text) NOT NULL, kind \(text) NOT NULL, reason \(text), moveReason \(text), beforeDay BIGINT, beforeStartMinute BIGINT,
            beforeEndMinute BIGINT, beforeLocation \(text), beforeAttendees \(text), beforeSequence BIGINT, beforeStatus \(text),
            afterSequence BIGINT NOT NULL, afterStatus \(text) NOT NULL)
        """,
        "CREATE INDEX planChange_version ON planChange (version)",
        """
        CREATE TABLE minutes (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, meetingUid \(text) NOT NULL,
            revision BIGINT NOT NULL, authorId \(text) NOT NULL, recordedAt \(text) NOT NULL, text \(text) NOT NULL,
            decisionsJson \(text) NOT NULL, actionItemIdsJson \(text) NOT NULL, UNIQUE (meetingUid, revision))
        """,
        """
        CREATE TABLE attendance (meetingUid \(text) NOT NULL, revision BIGINT NOT NULL, attendeeId \(text) NOT NULL,
            isParticipant BOOLEAN NOT NULL, status \(text) NOT NULL, reason \(text), PRIMARY KEY (meetingUid, revision, attendeeId))
        """,
        """
        CREATE TABLE actionItem (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, meetingUid \(text) NOT NULL,
            assigneeId \(text) NOT NULL, text \(text) NOT NULL, due \(text) NOT NULL, closedAt \(text), closedBy \(text))
        """,
        "CREATE INDEX actionItem_meetingUid ON actionItem (meetingUid)",
        "CREATE INDEX actionItem_assigneeId ON actionItem (assigneeId)",
        """
        CREATE TABLE audit (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, at \(text) NOT NULL, actorId \(text) NOT NULL,
            action \(text) NOT NULL, target \(text) NOT NULL, allowed BOOLEAN NOT NULL, rule \(text) NOT NULL, agreementId \(text),
            credential \(text))
        """,
        "CREATE INDEX audit_agreementId ON audit (agreementId)",
        """
        CREATE TABLE busy (owner \(text) NOT NULL, source \(text) NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL)
        """,
        "CREATE INDEX busy_owner ON busy (owner, source)",
        """
        CREATE TABLE feed (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, kind \(text) NOT NULL, subject \(text) NOT NULL,
            label \(text) NOT NULL, tokenHash \(text) NOT NULL UNIQUE, createdAt \(text) NOT NULL, revokedAt \(text))
        """,
        // `claimedBy` and `claimedUntil`: the sender delivering a message and until when its
        // claim holds; a message whose sender died is due again once the lease has passed.
        """
        CREATE TABLE outbox (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, meetingUid \(text) NOT NULL,
            attendeeId \(text) NOT NULL, sequence BIGINT NOT NULL, method \(text) NOT NULL, attendeeJson \(text) NOT NULL,
            sender \(text) NOT NULL, recipient \(text) NOT NULL, subject \(text) NOT NULL, messageId \(text) NOT NULL, message BYTEA NOT NULL,
            status \(text) NOT NULL, attempts BIGINT NOT NULL DEFAULT 0, nextAttemptAt \(text) NOT NULL, lastError \(text),
            createdAt \(text) NOT NULL, sentAt \(text), deliveredTo \(text), claimedBy \(text), claimedUntil \(text),
            UNIQUE (meetingUid, attendeeId, sequence, method))
        """,
        "CREATE INDEX outbox_status ON outbox (status, nextAttemptAt)",
        """
        CREATE TABLE reply (meetingUid \(text) NOT NULL, attendeeId \(text) NOT NULL, sequence BIGINT NOT NULL, answer \(text) NOT NULL,
            stamp \(text) NOT NULL, comment \(text), receivedAt \(text) NOT NULL, PRIMARY KEY (meetingUid, attendeeId))
        """,
        """
        CREATE TABLE accessToken (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, personId \(text) NOT NULL,
            label \(text) NOT NULL, tokenHash \(text) NOT NULL UNIQUE, createdAt \(text) NOT NULL, expiresAt \(text) NOT NULL, revokedAt \(text))
        """,
        "CREATE TABLE endedSignIn (tokenHash \(text) PRIMARY KEY, acceptedUntil \(text) NOT NULL)",
        "CREATE INDEX endedSignIn_acceptedUntil ON endedSignIn (acceptedUntil)",
    ]
}
