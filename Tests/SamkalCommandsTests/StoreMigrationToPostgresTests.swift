import Foundation
import Testing

/// `samkal migrate --from DATA_DIR --to postgres://…`: a SQLite store with something of
/// everything (two plan versions, minutes and a revision, attendance, an action item done,
/// busy time, links made and revoked, a token, sent invitations and a reply) moves into
/// PostgreSQL, and every command reads the same from both.
@Suite(.enabled(if: PostgresTestDatabase.isAvailable, PostgresTestDatabase.skipReason))
struct StoreMigrationToPostgresTests {
    typealias CLI = CommandLineTests

    let data: String
    let participantsCSV = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path

    init() throws {
        data = try CLI.seededDataDirectory()
    }

    func run(_ arguments: [String], as person: String? = "kari-vagen", database: String? = nil, input: String? = nil) throws -> CLI.Result {
        var environment = ["SAMKAL_DATA": data]
        if let person { environment["SAMKAL_USER"] = person }
        if let database { environment["SAMKAL_DATABASE_URL"] = database }
        return try CLI.run(arguments, environment: environment, input: input)
    }

    /// A store with a record of each kind.
    func fill() throws {
        func ok(_ result: CLI.Result) { #expect(result.status == 0, "\(result.stderr)") }
        ok(try run(["participants", "import", participantsCSV, "--agreement", CLI.example]))
        ok(try run(["plan", CLI.example, "--from", "2026-01-01", "--to", "2026-11-30"]))
        let plan = try run(["plan", CLI.example, "--from", "2026-01-01", "--to", "2027-06-30", "--json"])
        ok(plan)
        let meetings = (try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["meetings"] as? [[String: Any]] ?? []
        let held = try #require(meetings.last { $0["kind"] as? String == "infoMeeting" && ($0["start"] as? String ?? "") < "2026-12" }?["uid"] as? String)
        ok(try run(["minutes", "log", held, "--present", "kari-vagen", "--present", "D-0042", "--excused", "D-0043|Foreldrepermisjon",
                    "--decision", "Nytt møte", "--action", "marit-fjaerli|Sende oversikt|2027-02-15", "--file", "-"], input: "Første.\n"))
        ok(try run(["minutes", "log", held, "--present", "kari-vagen", "--file", "-"], input: "Rettet.\n"))
        ok(try run(["actions", "done", "1"], as: "marit-fjaerli"))
        let busy = URL(fileURLWithPath: data).appendingPathComponent("ingrid.ics")
        try """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//busy//EN\r
            BEGIN:VEVENT\r
            UID:busy-1@test\r
            DTSTAMP:20261101T000000Z\r
            DTSTART;TZID=Europe/Oslo:20270302T090000\r
            DTEND;TZID=Europe/Oslo:20270302T120000\r
            SUMMARY:Opptatt\r
            END:VEVENT\r
            END:VCALENDAR\r

            """.write(to: busy, atomically: true, encoding: .utf8)
        ok(try run(["busy", "import", "ingrid-stoen", busy.path]))
        ok(try run(["feeds", "add", "--person", "ola-brattoy"]))
        ok(try run(["feeds", "add", "--agreement", "afjord-nav-nord-fosen"]))
        ok(try run(["feeds", "revoke", "1"]))
        ok(try run(["tokens", "create", "--person", "jonas-odegard", "--expires", "30d", "--label", "NAV"], as: nil))
        ok(try run(["invite", "--outbox-dir", try CLI.temporaryDirectory().path, "--mark-sent"]))
        let leader = try #require(meetings.first { $0["kind"] as? String == "leaderMeeting" && ($0["start"] as? String ?? "") > "2027" }?["uid"] as? String)
        ok(try run(["rsvp", "import", "-", "--from", "per.hakon.lian@nav.example.no"], input: InvitationCommandTests.outlookReply(sequence: 0, answer: "ACCEPTED").replacingOccurrences(of: InvitationCommandTests.leaderUID, with: leader)))
    }

    /// What people see, asked of either store (reads are audited, so the audit log is compared first).
    static let views: [(arguments: [String], as: String?)] = [
        (["audit", "--csv"], "kari-vagen"),
        (["meetings", "--from", "2026-01-01", "--to", "2027-06-30", "--csv"], "kari-vagen"),
        (["meetings", "--from", "2026-01-01", "--to", "2027-06-30", "--csv"], "ola-brattoy"),
        (["plan", "diff", "--json"], "kari-vagen"),
        (["participants", "list", "--csv"], "kari-vagen"),
        (["minutes", "list"], "kari-vagen"),
        (["actions", "--all", "--csv"], "marit-fjaerli"),
        (["attendance", "D-0042", "--json"], "ola-brattoy"),
        (["feeds", "list", "--json"], "kari-vagen"),
        (["tokens", "list", "--json"], nil),
        (["outbox", "--csv"], "kari-vagen"),
        (["rsvp", "list", "--csv"], "kari-vagen"),
    ]

    @Test func everyRecordMovesAndReadsTheSameFromPostgreSQL() throws {
        try fill()
        let database = try PostgresTestDatabase.freshURL()
        let moved = try run(["migrate", "--from", data, "--to", database, "--lang", "en"], as: nil)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("every table was checked"), "\(moved.stdout)")
        #expect(moved.stdout.contains("the installation's secret came along"))
        for table in ["meeting ", "planChange ", "minutes ", "attendance ", "actionItem ", "audit ", "busy ", "feed ", "outbox ", "reply ", "accessToken "] {
            let line = moved.stdout.split(separator: "\n").first { $0.hasPrefix(table) } ?? ""
            let rows = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) } ?? 0
            #expect(rows > 0, "\(table) was copied: \(moved.stdout)")
        }
        #expect(!moved.stdout.contains(database.split(separator: "@").first.map(String.init) ?? "-"), "the password is not shown")
        for view in Self.views {
            let sqlite = try run(view.arguments, as: view.as)
            let postgres = try run(view.arguments, as: view.as, database: database)
            #expect(sqlite.status == 0, "\(view.arguments): \(sqlite.stderr)")
            // The audit log's last line is this very read, at its own second.
            let lines = { (text: String) in view.arguments[0] == "audit" ? Array(text.split(separator: "\n").dropLast()) : [Substring(text)] }
            #expect(lines(postgres.stdout) == lines(sqlite.stdout), "\(view.arguments) reads the same from both stores")
            #expect(postgres.stderr == sqlite.stderr, "\(view.arguments)")
        }
        // Moved once: a second copy into the same database is refused and changes nothing.
        let again = try run(["migrate", "--from", data, "--to", database, "--lang", "en"], as: nil)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds a samkal store"), "\(again.stderr)")
        #expect(try run(["feeds", "list", "--json"], database: database).stdout == (try run(["feeds", "list", "--json"])).stdout)
    }

    @Test func aMissingStoreOrABadAddressIsRefusedBeforeAnythingIsWritten() throws {
        let empty = try CLI.temporaryDirectory().path
        let none = try run(["migrate", "--from", empty, "--to", try PostgresTestDatabase.freshURL(), "--lang", "en"], as: nil)
        #expect(none.status != 0)
        #expect(none.stderr.contains("holds no samkal store"), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: empty + "/samkal.sqlite"))
        let bad = try run(["migrate", "--from", data, "--to", "mysql://x@y/z", "--lang", "en"], as: nil)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--to: the database URL is not a postgres:// URL"), "\(bad.stderr)")
    }
}
