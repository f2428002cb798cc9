import Foundation
import SamkalCore
import Testing

/// `samkal report internkontroll` on the example: 2027 planned, minutes logged for some
/// meetings and not for others, read on 2027-06-30 by the refugee service (every format, every
/// language), by a leader (counts only) and refused to a NAV advisor and an interpreter. A
/// changed report shows in the diff of `Tests/Golden/reports/`. Regenerate with
///
///     SAMKAL_UPDATE_GOLDEN=1 swift test --filter InternalControlReportTests
struct InternalControlReportTests {
    typealias CLI = CommandLineTests

    static let agreement = "calendars/afjord-nav-nord-fosen.yaml"

    /// The meeting `key` names (agreement, kind, period), as the example's UIDs are made.
    static func uid(_ key: String) -> String {
        MeetingIdentity.testing.uid(forKey: "afjord-nav-nord-fosen-" + key, domain: "afjord.example.no")
    }

    /// A data directory with the example's participants, 2027 planned, and minutes of: the
    /// spring leader meeting and information meeting, D-0042's first three-way meeting
    /// during the programme, D-0044's first team meeting and D-0043's first leave follow-up
    /// — and the autumn leader meeting's agenda written ahead (still to come, so not held).
    static func year2027() throws -> String {
        let data = try CLI.seededDataDirectory()
        func run(_ arguments: [String], as person: String = "kari-vagen", input: String? = nil) throws {
            let result = try CLI.run(
                arguments, environment: ["SAMKAL_DATA": data, "SAMKAL_USER": person, "SAMKAL_BASE_URL": ""],
                input: input, directory: CLI.repositoryRoot
            )
            try #require(result.status == 0, "\(arguments): \(result.stderr)")
        }
        try run(["participants", "import", "calendars/afjord-deltakere.csv", "--agreement", agreement])
        try run(["plan", agreement, "--from", "2027-01-01", "--to", "2027-12-31", "--stamp", "2027-01-01T08:00:00Z"])
        let minutes: [(key: String, author: String)] = [
            ("leaderMeeting-2027-spring", "kari-vagen"), ("infoMeeting-2027-spring", "kari-vagen"),
            ("leaderMeeting-2027-autumn", "kari-vagen"),
            ("threeWayMeeting-D-0042-p1", "ola-brattoy"), ("teamMeeting-D-0044-t1", "sigrid-aesoy"),
            ("leaveFollowUp-D-0043-l1-1", "ola-brattoy"),
        ]
        for entry in minutes {
            try run(["minutes", "log", uid(entry.key)], as: entry.author, input: "Referat.\n")
        }
        return data
    }

    static func report(_ data: String, _ arguments: [String], as person: String) throws -> CLI.Result {
        try CLI.run(
            ["report", "internkontroll", "--year", "2027", "--as-of", "2027-06-30"] + arguments,
            environment: ["SAMKAL_DATA": data, "SAMKAL_USER": person, "SAMKAL_BASE_URL": ""], directory: CLI.repositoryRoot
        )
    }

    @Test func theReportSaysWhatTheGoldenFilesSay() throws {
        let data = try Self.year2027()
        var variants: [(name: String, arguments: [String], person: String)] = Language.allCases.map {
            ("text-\($0.rawValue).txt", ["--lang", $0.rawValue], "kari-vagen")
        }
        variants += [
            ("report.csv", ["--format", "csv"], "kari-vagen"),
            ("report.json", ["--format", "json"], "kari-vagen"),
            ("report.html", ["--format", "html"], "kari-vagen"),
            ("leader-nb.txt", [], "per-hakon-lian"),
            ("leader.json", ["--format", "json"], "per-hakon-lian"),
        ]
        for variant in variants {
            let result = try Self.report(data, variant.arguments, as: variant.person)
            #expect(result.status == 0, "\(variant.name): \(result.stderr)")
            try GoldenFileTests.expectGolden(result.stdout, "reports/internkontroll-\(variant.name)")
        }
    }

    /// What the report says of the example matches the plan and the minutes: held where
    /// minutes are logged and the day has come, not documented where the day passed without.
    @Test func heldFollowsTheMinutesAndTheDay() throws {
        let data = try Self.year2027()
        let result = try Self.report(data, ["--format", "json"], as: "kari-vagen")
        try #require(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let requirements = try #require(document["requirements"] as? [[String: Any]])
        var statusByUID: [String: String] = [:]
        for requirement in requirements {
            for meeting in requirement["meetings"] as? [[String: Any]] ?? [] {
                statusByUID[meeting["uid"] as? String ?? ""] = meeting["status"] as? String
            }
        }
        for participant in document["participants"] as? [[String: Any]] ?? [] {
            for check in participant["checks"] as? [[String: Any]] ?? [] {
                for meeting in check["meetings"] as? [[String: Any]] ?? [] {
                    statusByUID[meeting["uid"] as? String ?? ""] = meeting["status"] as? String
                }
            }
        }
        #expect(statusByUID[Self.uid("leaderMeeting-2027-spring")] == "held")
        #expect(statusByUID[Self.uid("threeWayMeeting-D-0042-p1")] == "held")
        // Written ahead of a meeting still to come: planned, not held.
        #expect(statusByUID[Self.uid("leaderMeeting-2027-autumn")] == "planned")
        #expect(statusByUID[Self.uid("agreementRevision-2027")] == "undocumented")
        // D-0045 has no NAV advisor: the early three-way meeting cannot be planned.
        #expect(statusByUID[Self.uid("threeWayMeeting-D-0045-early")] == "missing")
    }

    /// A leader sees the agreement's meetings and the participants as counts: no name, no
    /// case id, no deadline. A NAV advisor and an interpreter are refused (exit 77), and
    /// every read, allowed or not, is in the audit log.
    @Test func aLeaderSeesCountsAndOthersAreRefused() throws {
        let data = try Self.year2027()
        let leader = try Self.report(data, ["--format", "json"], as: "per-hakon-lian")
        try #require(leader.status == 0, "\(leader.stderr)")
        for name in ["D-00", "Amanuel", "Rahel", "Olena", "Ahmad", "Fatima", "\"participants\" : [", "\"deadlines\""] {
            #expect(!leader.stdout.contains(name), "a leader's report shows \(name)")
        }
        #expect(leader.stdout.contains("participantSummary"))
        for person in ["jonas-odegard", "tolk-tigrinja"] {
            let refused = try Self.report(data, [], as: person)
            #expect(refused.status == 77, "\(person): \(refused.stdout)")
            #expect(refused.stdout.isEmpty)
        }
        let audit = try CLI.run(
            ["audit", "--csv"], environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen", "SAMKAL_BASE_URL": ""],
            directory: CLI.repositoryRoot
        )
        let reads = audit.stdout.split(separator: "\n").filter { $0.contains("readInternalControl") }
        #expect(reads.count == 3)
        #expect(reads.contains { $0.contains("per-hakon-lian") && $0.contains("2027:counts") && $0.contains("leadsParty") })
        #expect(reads.filter { $0.contains("onlyRefugeeServiceAndLeaders") }.count == 2)
    }

    @Test func aYearOrADayThatIsNoneIsRefusedBeforeAnythingIsRead() throws {
        let data = try Self.year2027()
        for arguments in [["--year", "27"], ["--year", "2027", "--as-of", "2027-02-30"]] {
            let result = try CLI.run(
                ["report", "internkontroll"] + arguments,
                environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen", "SAMKAL_BASE_URL": ""], directory: CLI.repositoryRoot
            )
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
