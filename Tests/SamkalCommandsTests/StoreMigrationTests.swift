import Foundation
import GRDB
import SamkalCore
import SamkalService
@testable import SamkalStore
import Testing

/// A data directory written by the previous release (schema v4: meetings as JSON, readable
/// UIDs), made by `Tests/Fixtures/v4-store/make-store.sh` with that release's binary: two
/// plan versions (the second moved a meeting), minutes in two revisions with attendance
/// and an action item, invitations in the outbox, a reply, a subscription link. Opened by
/// this release, it is migrated with every record kept, compared record by record with what
/// the old release wrote, and planned again.
struct StoreMigrationTests {
    typealias CLI = CommandLineTests

    static let fixture = CLI.repositoryRoot.appendingPathComponent("Tests/Fixtures/v4-store/samkal.sqlite")

    /// A copy of the fixture in a data directory of its own.
    static func copy() throws -> String {
        let data = try CLI.temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: data.appendingPathComponent("samkal.sqlite"))
        return data.path
    }

    static let tables = ["agreement", "person", "participant", "planVersion", "minutes", "attendance", "actionItem",
                         "audit", "busy", "feed", "outbox", "reply"]

    static func counts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in tables { counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
            return counts
        }
    }

    @Test func aStoreOfThePreviousReleaseIsMigratedWithEveryRecordKept() async throws {
        // What the previous release wrote, read straight from its file.
        let old = try DatabaseQueue(path: try Self.copy() + "/samkal.sqlite")
        let (oldMeetings, oldChanges, oldVersion, oldMigrations) = try await old.read { db in
            (
                try String.fetchAll(db, sql: "SELECT json FROM meeting").map { try StoredJSON.decode(PlannedMeeting.self, from: $0) },
                try String.fetchAll(db, sql: "SELECT json FROM meetingChange WHERE version = (SELECT MAX(number) FROM planVersion) ORDER BY id")
                    .map { try StoredJSON.decode(MeetingChange.self, from: $0) },
                try Int64.fetchOne(db, sql: "SELECT MAX(number) FROM planVersion") ?? 0,
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(oldMigrations.count == 4)
        #expect(oldMeetings.count > 30 && !oldMeetings.contains { MeetingIdentity.isOpaque($0.uid) })
        #expect(oldVersion == 2 && oldChanges.contains { $0.kind == .moved })

        let data = try Self.copy()
        let before = try Self.counts(data + "/samkal.sqlite")
        let store = try SQLiteStore(directory: data)
        let agreement = try #require(try await store.agreement(id: "afjord-nav-nord-fosen"))

        // Every meeting, field by field, and the last version's changes.
        let meetings = try await store.meetings(agreementID: agreement.id)
        #expect(meetings.count == oldMeetings.count)
        let byUID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.uid, $0) })
        for meeting in oldMeetings { #expect(byUID[meeting.uid] == meeting, "\(meeting.uid)") }
        let latest = try #require(try await store.latestPlanVersion(agreementID: agreement.id))
        #expect(latest.number == oldVersion)
        #expect(latest.changes.map(\.uid) == oldChanges.map(\.uid))
        for (new, old) in zip(latest.changes, oldChanges) {
            #expect(new.kind == old.kind && new.reason == old.reason && new.moveReason == old.moveReason)
            #expect(new.before?.date == old.before?.date && new.before?.start == old.before?.start)
            #expect(new.before?.location == old.before?.location && new.before?.attendees.map(\.id) == old.before?.attendees.map(\.id))
            #expect(new.describe(in: .nb) == old.describe(in: .nb))
        }

        // Everything else untouched: the same rows in every other table.
        #expect(try Self.counts(data + "/samkal.sqlite") == before)
        let info = try #require(meetings.first { $0.kind == .infoMeeting && $0.period.hasPrefix("2027") })
        guard case .allowed(let history, _) = try await MinutesService(store: store).history(meetingUID: info.uid, as: "kari-vagen", now: UTCTimestamp(secondsSince1970: 0)) else {
            Issue.record("minutes not readable after migration")
            return
        }
        #expect(history.revisions.map(\.text) == ["Første versjon.", "Andre versjon."])
        #expect(history.revisions.last?.attendance.count == 3)
        #expect(history.actionItems.count == 1)
        #expect(try await store.replies().count == 1)
        #expect(try await store.outbox().count == before["outbox"])
        #expect(try await store.feeds().count == 1)
        // v6: the one agreement's audit entries are marked as its, and its people are its members.
        let audit = try await store.auditLog(limit: nil)
        #expect(!audit.isEmpty && audit.allSatisfy { $0.agreementID == agreement.id })
        #expect(try await store.auditLog(agreementID: agreement.id, limit: nil).count == audit.count)
        #expect(try await store.agreementIDs() == [agreement.id])
    }

    @Test func aMigratedStorePlansAgainUnderOpaqueUIDsInTheSameSlots() async throws {
        let data = try Self.copy()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let before = try await SQLiteStore(directory: data).meetings(agreementID: "afjord-nav-nord-fosen")
        let replan = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"], environment: env)
        #expect(replan.status == 0, "\(replan.stderr)")
        let after = try await SQLiteStore(directory: data).meetings(agreementID: "afjord-nav-nord-fosen")
        let live = after.filter { $0.status != .cancelled }
        #expect(!live.isEmpty && live.allSatisfy { MeetingIdentity.isOpaque($0.uid) })
        let slots = { (meetings: [PlannedMeeting]) in Set(meetings.filter { $0.status != .cancelled && $0.date.year == 2027 }.map { "\($0.kind) \($0.period) \($0.date) \($0.start)" }) }
        #expect(slots(before).isSubset(of: slots(live)))
        let diff = try CLI.run(["plan", "diff", "--csv"], environment: env)
        #expect(diff.stdout.contains("får ny, anonym UID i samme tidspunkt"))
        // The invitations already sent under the old UIDs are cancelled; the new ones asked.
        let invite = try CLI.run(["invite", "--dry-run"], environment: env)
        #expect(invite.status == 0, "\(invite.stderr)")
        #expect(invite.stdout.contains("CANCEL") && invite.stdout.contains("REQUEST"))
    }
}
