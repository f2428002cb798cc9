import Foundation
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates
import Testing

/// What users receive, byte for byte, for the Åfjord example: the plan JSON, every feed
/// (the agreement, each party, each person — interpreters included) and the invitations for
/// one meeting, in bokmål (`Tests/Golden/`) and in nynorsk (`Tests/Golden/nn/`). A change to
/// any of them shows in the diff of `Tests/Golden/`.
///
/// To accept a deliberate change, regenerate them and review the diff:
///
///     SAMKAL_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests
///
/// The installation secret and the clock are fixed (`--stamp`), so the files are the same
/// on every machine and every run.
@Suite(.serialized) struct GoldenFileTests {
    typealias CLI = CommandLineTests

    static let golden = CLI.repositoryRoot.appendingPathComponent("Tests/Golden")
    static let updating = ProcessInfo.processInfo.environment["SAMKAL_UPDATE_GOLDEN"] == "1"
    static let stamp = "2026-11-20T12:00:00Z"

    /// Compares `text` with the golden file `name`, or writes it when updating.
    static func expectGolden(_ text: String, _ name: String) throws {
        let url = golden.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name): run SAMKAL_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests")
            return
        }
        #expect(String(decoding: expected, as: UTF8.self) == text, "\(name) differs from the golden file")
    }

    /// The environment of a run in `language` on the data directory `data`.
    static func environment(_ data: String, _ language: Language) -> [String: String] {
        ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen", "SAMKAL_LANG": language.rawValue]
    }

    /// The example planned for 2027 with its participants, in a data directory with the
    /// tests' secret.
    /// With `database`, on PostgreSQL (moved there empty with the same secret).
    static func plannedExample(in language: Language = .nb, database: String? = nil) throws -> (data: String, json: String, listing: String, feeds: URL) {
        let data = try CLI.seededDataDirectory()
        var env = environment(data, language)
        if let database {
            _ = try SQLiteStore(directory: data)
            let moved = try CLI.run(["migrate", "--from", data, "--to", database])
            try #require(moved.status == 0, "\(moved.stderr)")
            env["SAMKAL_DATABASE_URL"] = database
        }
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        let feeds = try CLI.temporaryDirectory()
        let plan = try CLI.run(
            ["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--stamp", stamp, "--json", "--ics", feeds.path],
            environment: env
        )
        #expect(plan.status == 0, "\(plan.stderr)")
        return (data, plan.stdout, plan.stderr, feeds)
    }

    @Test func thePlanAndEveryFeedOfTheExample() throws {
        let (_, json, listing, feeds) = try Self.plannedExample()
        try Self.expectGolden(json, "plan.json")
        try Self.expectFeeds(listing: listing, in: feeds, golden: "feeds")
    }

    /// Every feed file the listing names, against the golden files under `golden`.
    static func expectFeeds(listing: String, in feeds: URL, golden: String) throws {
        var labels: [String] = []
        for line in listing.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, fields[0].hasSuffix(".ics") else { continue }
            let text = try String(contentsOf: feeds.appendingPathComponent(String(fields[0])), encoding: .utf8)
            let label = fields[1].replacingOccurrences(of: ":", with: "-")
            labels.append(label)
            try Self.expectGolden(text, "\(golden)/\(label).ics")
        }
        #expect(labels.count == 23)
        #expect(labels.contains("person-tolk-tigrinja") && labels.contains("party-tolketjenesten"))
    }

    /// The same plan, feeds and invitations from a PostgreSQL store, byte for byte.
    @Test(.enabled(if: PostgresTestDatabase.isAvailable, PostgresTestDatabase.skipReason))
    func thePlanEveryFeedAndTheInvitationsAreTheSameOnPostgreSQL() async throws {
        let database = try PostgresTestDatabase.freshURL()
        let (data, json, listing, feeds) = try Self.plannedExample(database: database)
        try Self.expectGolden(json, "plan.json")
        try Self.expectFeeds(listing: listing, in: feeds, golden: "feeds")
        try await Self.expectInvitations(data: data, database: database, in: .nb, golden: "invitations")
    }

    @Test func theInvitationsForOneMeeting() async throws {
        let (data, _, _, _) = try Self.plannedExample()
        try await Self.expectInvitations(data: data, in: .nb, golden: "invitations")
    }

    /// The invitations to D-0042's first three-way meeting with an interpreter, in
    /// `language`, against the golden files under `golden`.
    static func expectInvitations(data: String, database: String? = nil, in language: Language, golden: String) async throws {
        let store = try (database.map { .postgres(try DatabaseURL($0)) } ?? StoreLocation.dataDirectory(data)).open()
        let agreement = try #require(try await store.agreement(id: "afjord-nav-nord-fosen"))
        let meetings = try await store.meetings(agreementID: agreement.id)
        // D-0042's first three-way meeting of 2027: advisor, NAV advisor, participant and an interpreter.
        let meeting = try #require(meetings.filter {
            $0.kind == .threeWayMeeting && $0.participantID == "D-0042" && $0.attendees.contains { $0.role == .interpreter }
        }.min { ($0.date, $0.period) < ($1.date, $1.period) })
        let participants = try await store.participants(agreementID: agreement.id)
        let composer = InvitationComposer(
            agreement: agreement,
            participants: Dictionary(uniqueKeysWithValues: participants.map { ($0.id, $0) }),
            replies: ReplyBook(), stamps: try await store.meetingChangeTimes(agreementID: agreement.id),
            renderer: InvitationRenderer(library: try TemplateLibrary(
                directory: CLI.repositoryRoot.appendingPathComponent("Templates").path, names: InvitationRenderer.templateNames
            )),
            language: language, identity: .testing
        )
        let now = try #require(UTCTimestamp(iso: stamp))
        for attendee in meeting.attendees where !attendee.isConvener {
            let message = try composer.message(for: InvitationTask(meeting: meeting, attendee: attendee, method: .request), now: now)
            try expectGolden(String(decoding: message.message, as: UTF8.self), "\(golden)/threeWayMeeting-\(meeting.period)-\(attendee.id).eml")
        }
    }

    /// The table `samkal plan` prints for people.
    @Test func thePlanTableOfTheExample() throws {
        try Self.expectPlanTable(in: .nb, golden: "plan-table.txt")
    }

    /// The example in nynorsk (`SAMKAL_LANG=nn`): the plan, every feed, the invitations and
    /// the table.
    @Test func theExampleInNynorsk() async throws {
        let (data, json, listing, feeds) = try Self.plannedExample(in: .nn)
        try Self.expectGolden(json, "nn/plan.json")
        try Self.expectFeeds(listing: listing, in: feeds, golden: "nn/feeds")
        try await Self.expectInvitations(data: data, in: .nn, golden: "nn/invitations")
        try Self.expectPlanTable(in: .nn, golden: "nn/plan-table.txt")
    }

    static func expectPlanTable(in language: Language, golden: String) throws {
        let data = try CLI.seededDataDirectory()
        let env = environment(data, language)
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        let plan = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--stamp", stamp], environment: env)
        #expect(plan.status == 0, "\(plan.stderr)")
        try expectGolden(plan.stdout, golden)
    }

    /// A meeting no longer planned stays in the plan as cancelled, and the table says so.
    @Test func aCancelledMeetingIsMarkedInTheTable() throws {
        let data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        let range = ["--from", "2027-01-01", "--to", "2027-12-31", "--stamp", Self.stamp]
        #expect(try CLI.run(["plan", CLI.example] + range, environment: env).status == 0)
        // Planned again without D-0042: that participant's meetings are cancelled.
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("D-0042,") }
        let without = try CLI.temporaryDirectory().appendingPathComponent("deltakere.csv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: without)
        let again = try CLI.run(["plan", CLI.example, "--participants", without.path] + range, environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        let cancelled = again.stdout.split(separator: "\n").filter { $0.contains("D-0042") }
        #expect(!cancelled.isEmpty)
        #expect(cancelled.allSatisfy { $0.contains("(avlyst)") })
        #expect(!again.stdout.split(separator: "\n").contains { $0.contains("D-0043") && $0.contains("(avlyst)") })
    }
}
