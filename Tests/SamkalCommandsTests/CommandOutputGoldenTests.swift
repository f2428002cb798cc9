import Foundation
import SamkalCore
import SamkalStore
import Testing

/// What every command says, in bokmål, nynorsk and English, for one walk through the
/// example: a changed text shows in the diff of `Tests/Golden/commands/<lang>.txt`.
/// Regenerate with
///
///     SAMKAL_UPDATE_GOLDEN=1 swift test --filter CommandOutputGoldenTests
///
/// Only what cannot be the same from run to run is replaced: the secret part of a link
/// (`<token>`), the data directory (`<data>`) and times of the run itself (`<nå>`).
struct CommandOutputGoldenTests {
    typealias CLI = CommandLineTests

    /// One command of the walk, as `person` (nil: nobody said who they are).
    struct Step {
        let arguments: [String]
        var person: String? = "kari-vagen"
        var input: String?
    }

    static let agreement = "calendars/afjord-nav-nord-fosen.yaml"
    static let participants = "calendars/afjord-deltakere.csv"

    /// The walk: set up, plan, look, record, follow up, convene, links, and the usual mistakes.
    static func walk(infoMeeting uid: String, reference: String) -> [Step] {
        [
            Step(arguments: ["check", agreement]),
            Step(arguments: ["participants", "import", participants, "--agreement", agreement]),
            Step(arguments: ["participants", "import", participants, "--agreement", agreement]),
            Step(arguments: ["participants", "list"]),
            Step(arguments: ["plan", agreement, "--from", "2026-01-01", "--to", "2026-11-30", "--stamp", "2026-01-01T08:00:00Z"]),
            Step(arguments: ["plan", "diff"]),
            Step(arguments: ["plan", "afjord-nav-nord-fosen", "--from", "2026-09-01", "--to", "2026-09-30", "--dry-run"]),
            Step(arguments: ["meetings", "--from", "2026-09-01", "--to", "2026-09-30"]),
            Step(arguments: ["meetings", "--from", "2026-09-01", "--to", "2026-09-30", "--mine"], person: "jonas-odegard"),
            Step(
                arguments: ["minutes", "log", uid, "--present", "kari-vagen", "--present", "D-0042", "--excused", "D-0043|Foreldrepermisjon",
                            "--decision", "Nytt møte i januar", "--action", "marit-fjaerli|Sende oversikt|2027-02-15"],
                input: "Gjennomgang av NAVs tjenester.\n"
            ),
            Step(arguments: ["minutes", "list"]),
            Step(arguments: ["minutes", "show", reference]),
            Step(arguments: ["minutes", "show", uid], person: "marit-fjaerli"),
            Step(arguments: ["actions"]),
            Step(arguments: ["attendance", "D-0042"]),
            Step(arguments: ["attendance", "D-0042"], person: "jonas-odegard"),
            Step(arguments: ["invite", "--dry-run", "--meeting", uid]),
            Step(arguments: ["outbox"]),
            Step(arguments: ["feeds", "add", "--person", "ola-brattoy", "--base-url", "https://kalender.afjord.kommune.no"]),
            Step(arguments: ["feeds", "list"]),
            Step(arguments: ["rsvp", "list", "--meeting", uid]),
            Step(arguments: ["audit"]),
            // Mistakes a newcomer makes.
            Step(arguments: ["minutes", "show", uid], person: "eva-strom"),
            Step(arguments: ["minutes", "log", uid, "--present", "D-042"], input: "Notat.\n"),
            Step(arguments: ["plan", agreement, "--from", "2026-13-01", "--to", "2027-01-01"]),
            Step(arguments: ["participants", "list"], person: nil),
            Step(arguments: ["feeds", "list", "--no-such-option"]),
        ]
    }

    @Test(arguments: Language.allCases)
    func everyCommandOfTheWalkSaysWhatTheGoldenFileSays(language: Language) throws {
        let data = try CLI.seededDataDirectory()
        try GoldenFileTests.expectGolden(try Self.transcript(language: language, data: data), "commands/\(language.rawValue).txt")
    }

    /// The same walk on PostgreSQL says, byte for byte, what it says on SQLite: the store
    /// starts empty with the same installation secret (moved there by `samkal migrate`).
    @Test(.enabled(if: PostgresTestDatabase.isAvailable, PostgresTestDatabase.skipReason), arguments: Language.allCases)
    func theWalkSaysTheSameOnPostgreSQL(language: Language) throws {
        let data = try CLI.seededDataDirectory()
        _ = try SQLiteStore(directory: data)
        let database = try PostgresTestDatabase.freshURL()
        let moved = try CLI.run(["migrate", "--from", data, "--to", database])
        try #require(moved.status == 0, "\(moved.stderr)")
        let transcript = try Self.transcript(language: language, data: data, database: database)
        let golden = try String(contentsOf: GoldenFileTests.golden.appendingPathComponent("commands/\(language.rawValue).txt"), encoding: .utf8)
        #expect(transcript == golden)
    }

    /// The walk's transcript: each command, what it printed, and its exit status.
    static func transcript(language: Language, data: String, database: String? = nil) throws -> String {
        let uid = MeetingIdentity.testing.uid(forKey: "afjord-nav-nord-fosen-infoMeeting-2026-autumn", domain: "afjord.example.no")
        var transcript = ""
        let reference = MeetingReference(uid: uid, identity: .testing).text(length: 5)
        for step in Self.walk(infoMeeting: uid, reference: reference) {
            var environment = ["SAMKAL_DATA": data, "SAMKAL_BASE_URL": ""]
            if let database { environment["SAMKAL_DATABASE_URL"] = database }
            if let person = step.person { environment["SAMKAL_USER"] = person }
            let arguments = step.arguments + ["--lang", language.rawValue]
            let result = try CLI.run(arguments, environment: environment, input: step.input, directory: CLI.repositoryRoot)
            transcript += "$ samkal " + step.arguments.map { $0.contains(" ") || $0.contains("|") ? "'\($0)'" : $0 }.joined(separator: " ")
                + (step.person.map { "   (som \($0))" } ?? "   (uten --as)") + "\n"
            transcript += Self.normalized(result.stdout, data: data)
            if !result.stderr.isEmpty { transcript += "[stderr]\n" + Self.normalized(result.stderr, data: data) }
            transcript += "[status \(result.status)]\n\n"
        }
        return transcript
    }

    /// The output with what differs between runs replaced.
    static func normalized(_ text: String, data: String) -> String {
        var result = text.replacingOccurrences(of: data, with: "<data>")
        result = result.replacingOccurrences(of: #"/feeds/[A-Za-z0-9_-]{20,}\.ics"#, with: "/feeds/<token>.ics", options: .regularExpression)
        let now = Date()
        for offset in [-86_400.0, 0, 86_400] {
            let day = ISO8601DateFormatter.string(from: now.addingTimeInterval(offset), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            result = result.replacingOccurrences(
                of: day + #"[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?"#, with: "<nå>", options: .regularExpression
            )
        }
        if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
        return result
    }
}
