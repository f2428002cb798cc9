import Foundation
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates
import Testing

/// What users receive, byte for byte, for the Åfjord example: the plan JSON, every feed
/// (the agreement, each party, each person — interpreters included) and the invitations for
/// one meeting. A change to any of them shows in the diff of `Tests/Golden/`.
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

    /// The example planned for 2027 with its participants, in a data directory with the
    /// tests' secret.
    static func plannedExample() throws -> (data: String, json: String, listing: String, feeds: URL) {
        let data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
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
        var labels: [String] = []
        for line in listing.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, fields[0].hasSuffix(".ics") else { continue }
            let text = try String(contentsOf: feeds.appendingPathComponent(String(fields[0])), encoding: .utf8)
            let label = fields[1].replacingOccurrences(of: ":", with: "-")
            labels.append(label)
            try Self.expectGolden(text, "feeds/\(label).ics")
        }
        #expect(labels.count == 23)
        #expect(labels.contains("person-tolk-tigrinja") && labels.contains("party-tolketjenesten"))
    }

    @Test func theInvitationsForOneMeeting() async throws {
        let (data, _, _, _) = try Self.plannedExample()
        let store = try StoreLocation.dataDirectory(data).open()
        let agreement = try #require(try await store.agreement(id: nil))
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
            language: .nb, identity: .testing
        )
        let now = try #require(UTCTimestamp(iso: Self.stamp))
        for attendee in meeting.attendees where !attendee.isConvener {
            let message = try composer.message(for: InvitationTask(meeting: meeting, attendee: attendee, method: .request), now: now)
            try Self.expectGolden(String(decoding: message.message, as: UTF8.self), "invitations/threeWayMeeting-\(meeting.period)-\(attendee.id).eml")
        }
    }

    /// The table `samkal plan` prints for people.
    @Test func thePlanTableOfTheExample() throws {
        let data = try CLI.seededDataDirectory()
        let env = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        #expect(try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: env).status == 0)
        let plan = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31", "--stamp", Self.stamp], environment: env)
        #expect(plan.status == 0, "\(plan.stderr)")
        try Self.expectGolden(plan.stdout, "plan-table.txt")
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
