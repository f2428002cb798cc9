import GRDB

/// The database schema, as versioned migrations. A migration is never edited once
/// released; changes come as new migrations.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: agreements, participants, plans, minutes, audit") { db in
            try db.create(table: "agreement") { table in
                table.primaryKey("id", .text)
                table.column("name", .text).notNull()
                table.column("json", .text).notNull()
                table.column("updatedAt", .text).notNull()
            }
            try db.create(table: "person") { table in
                table.primaryKey("id", .text)
                table.column("agreementId", .text).notNull().indexed()
                table.column("name", .text).notNull()
                table.column("email", .text).notNull()
                table.column("role", .text).notNull()
                table.column("partyId", .text).notNull()
            }
            try db.create(table: "participant") { table in
                table.primaryKey("id", .text)
                table.column("agreementId", .text).notNull().indexed()
                table.column("json", .text).notNull()
                table.column("createdAt", .text).notNull()
                table.column("updatedAt", .text).notNull()
            }
            try db.create(table: "planVersion") { table in
                table.autoIncrementedPrimaryKey("number")
                table.column("agreementId", .text).notNull().indexed()
                table.column("createdAt", .text).notNull()
                table.column("rangeFrom", .text).notNull()
                table.column("rangeTo", .text).notNull()
            }
            try db.create(table: "meeting") { table in
                table.primaryKey("uid", .text)
                table.column("agreementId", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("date", .text).notNull()
                table.column("participantId", .text).indexed()
                table.column("sequence", .integer).notNull()
                table.column("status", .text).notNull()
                table.column("json", .text).notNull()
                table.column("firstVersion", .integer).notNull()
                table.column("changedVersion", .integer).notNull()
            }
            try db.create(index: "meeting_agreement_date", on: "meeting", columns: ["agreementId", "date"])
            // Each version's meetings as they stood (written up to v4; from v5 each change
            // row carries the SEQUENCE and STATUS it gave).
            try db.create(table: "planVersionMeeting") { table in
                table.column("version", .integer).notNull()
                table.column("uid", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("status", .text).notNull()
                table.primaryKey(["version", "uid"])
            }
            try db.create(table: "meetingChange") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("version", .integer).notNull().indexed()
                table.column("uid", .text).notNull()
                table.column("json", .text).notNull()
            }
            try db.create(table: "minutes") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("meetingUid", .text).notNull()
                table.column("revision", .integer).notNull()
                table.column("authorId", .text).notNull()
                table.column("recordedAt", .text).notNull()
                table.column("text", .text).notNull()
                table.column("decisionsJson", .text).notNull()
                table.column("actionItemIdsJson", .text).notNull()
                table.uniqueKey(["meetingUid", "revision"])
            }
            try db.create(table: "attendance") { table in
                table.column("meetingUid", .text).notNull()
                table.column("revision", .integer).notNull()
                table.column("attendeeId", .text).notNull()
                table.column("isParticipant", .boolean).notNull()
                table.column("status", .text).notNull()
                table.column("reason", .text)
                table.primaryKey(["meetingUid", "revision", "attendeeId"])
            }
            try db.create(table: "actionItem") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("meetingUid", .text).notNull().indexed()
                table.column("assigneeId", .text).notNull().indexed()
                table.column("text", .text).notNull()
                table.column("due", .text).notNull()
                table.column("closedAt", .text)
                table.column("closedBy", .text)
            }
            try db.create(table: "audit") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("at", .text).notNull()
                table.column("actorId", .text).notNull()
                table.column("action", .text).notNull()
                table.column("target", .text).notNull()
                table.column("allowed", .boolean).notNull()
                table.column("rule", .text).notNull()
            }
        }
        migrator.registerMigration("v2: imported busy time") { db in
            try db.create(table: "busy") { table in
                table.column("owner", .text).notNull()
                table.column("source", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
            }
            try db.create(index: "busy_owner", on: "busy", columns: ["owner", "source"])
        }
        migrator.registerMigration("v3: feed subscriptions") { db in
            try db.create(table: "feed") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("subject", .text).notNull()
                table.column("label", .text).notNull()
                // Only a SHA-256 of the token is kept; the token itself is shown once.
                table.column("tokenHash", .text).notNull().unique()
                table.column("createdAt", .text).notNull()
                table.column("revokedAt", .text)
            }
        }
        migrator.registerMigration("v4: invitation outbox and replies") { db in
            try db.create(table: "outbox") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("meetingUid", .text).notNull()
                table.column("attendeeId", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("method", .text).notNull()
                table.column("attendeeJson", .text).notNull()
                table.column("sender", .text).notNull()
                table.column("recipient", .text).notNull()
                table.column("subject", .text).notNull()
                table.column("messageId", .text).notNull()
                // The message exactly as composed; a retry sends these bytes again.
                table.column("message", .blob).notNull()
                table.column("status", .text).notNull()
                table.column("attempts", .integer).notNull().defaults(to: 0)
                table.column("nextAttemptAt", .text).notNull()
                table.column("lastError", .text)
                table.column("createdAt", .text).notNull()
                table.column("sentAt", .text)
                table.column("deliveredTo", .text)
                // Each (meeting, attendee, sequence, method) once: what makes sending exactly-once.
                table.uniqueKey(["meetingUid", "attendeeId", "sequence", "method"])
            }
            try db.create(index: "outbox_status", on: "outbox", columns: ["status", "nextAttemptAt"])
            try db.create(table: "reply") { table in
                table.column("meetingUid", .text).notNull()
                table.column("attendeeId", .text).notNull()
                table.column("sequence", .integer).notNull()
                table.column("answer", .text).notNull()
                table.column("stamp", .text).notNull()
                table.column("comment", .text)
                table.column("receivedAt", .text).notNull()
                table.primaryKey(["meetingUid", "attendeeId"])
            }
        }
        migrator.registerMigration("v5: meetings and attendees in rows, compact plan changes") { db in
            try MeetingRows.migrateFromJSON(db)
        }
        migrator.registerMigration("v6: several agreements: people as memberships, audit by agreement") { db in
            // The same person may work under several agreements: one row per (agreement, person).
            try db.rename(table: "person", to: "personV5")
            try db.create(table: "person", options: .withoutRowID) { table in
                table.column("agreementId", .text).notNull()
                table.column("id", .text).notNull()
                table.column("name", .text).notNull()
                table.column("email", .text).notNull()
                table.column("role", .text).notNull()
                table.column("partyId", .text).notNull()
                table.primaryKey(["agreementId", "id"])
            }
            try db.create(index: "person_id", on: "person", columns: ["id"])
            try db.execute(sql: """
                INSERT INTO person (agreementId, id, name, email, role, partyId)
                SELECT agreementId, id, name, email, role, partyId FROM personV5
                """)
            try db.drop(table: "personV5")
            // Whose entry it is; entries written before (one agreement per store) are that agreement's.
            try db.alter(table: "audit") { table in table.add(column: "agreementId", .text) }
            try db.execute(sql: "UPDATE audit SET agreementId = (SELECT id FROM agreement) WHERE (SELECT COUNT(*) FROM agreement) = 1")
        }
        migrator.registerMigration("v7: personal access tokens, how each audited actor was known") { db in
            try db.create(table: "accessToken") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("personId", .text).notNull()
                table.column("label", .text).notNull()
                // Only a SHA-256 of the secret is kept; the secret itself is shown once.
                table.column("tokenHash", .text).notNull().unique()
                table.column("createdAt", .text).notNull()
                table.column("expiresAt", .text).notNull()
                table.column("revokedAt", .text)
            }
            // `Credential.stored`; entries written before are without one.
            try db.alter(table: "audit") { table in table.add(column: "credential", .text) }
        }
        migrator.registerMigration("v8: sign-ins ended before their tokens expire") { db in
            // The SHA-256 of an OpenID Connect token whose bearer signed out, until the
            // provider's own expiry (and the clock skew) would refuse it anyway.
            try db.create(table: "endedSignIn") { table in
                table.primaryKey("tokenHash", .text)
                table.column("acceptedUntil", .text).notNull().indexed()
            }
        }
        migrator.registerMigration("v9: outbox claims: several senders at once") { db in
            // The sender delivering a message and until when its claim holds; a message
            // whose sender died is due again once the claim has lapsed.
            try db.alter(table: "outbox") { table in
                table.add(column: "claimedBy", .text)
                table.add(column: "claimedUntil", .text)
            }
        }
        migrator.registerMigration("v10: the meetings each plan could not place") { db in
            // As JSON (`[UnplacedMeeting]`); versions written before have none recorded.
            try db.alter(table: "planVersion") { table in
                table.add(column: "unplacedJson", .text).notNull().defaults(to: "[]")
            }
        }
        return migrator
    }
}
