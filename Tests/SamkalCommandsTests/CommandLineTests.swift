import Foundation
import SamkalCore
import ICalendar
import Testing

/// Runs the built `samkal` binary as a user would.
struct CommandLineTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path

    struct Result: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs a Python script of the repository (an independent checker) and returns its
    /// exit status and standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent(script).path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static func binary() throws -> URL {
        // The test bundle sits next to the products it was built with.
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("samkal")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = repositoryRoot.appendingPathComponent(".build/debug/samkal")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return fallback
    }

    /// A new data directory holding the tests' fixed installation secret: the same inputs
    /// give the same opaque UIDs in every such directory.
    static func seededDataDirectory() throws -> String {
        let data = try temporaryDirectory().appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let key = data.appendingPathComponent("identifier.key")
        try Data(repeating: 0x42, count: MeetingIdentity.keyLength).write(to: key)
        // Private, as samkal makes its own: no warning about the modes in every output.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key.path)
        return data.path
    }

    /// The file `plan --ics` wrote for `label` (`afjord-nav-nord-fosen`, `party:ID`, `person:ID`),
    /// from the listing it prints.
    static func feedFile(in stdout: String, for label: String) -> String? {
        for line in stdout.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.count == 2, fields[1] == label, fields[0].hasSuffix(".ics") { return String(fields[0]) }
        }
        return nil
    }

    /// The UID of the planned meeting of `kind` and `period` in `plan --json` output.
    static func uid(inPlanJSON json: String, kind: String, period: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let meetings = object["meetings"] as? [[String: Any]]
        else { return nil }
        return meetings.first { $0["kind"] as? String == kind && $0["period"] as? String == period }?["uid"] as? String
    }

    /// Runs samkal; with `asUser`, as that user (through `setpriv`, for tests run as root).
    /// `run` waiting on a thread of its own: an async test that waits for many processes
    /// would otherwise hold one of the few threads of Swift's concurrency pool, and starve
    /// the tests that run servers in process.
    static func runOffThePool(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil, directory: URL? = nil
    ) async throws -> Result {
        try await offThePool { try run(arguments, environment: environment, input: input, directory: directory) }
    }

    /// `work` on a thread of its own, not one of Swift's concurrency pool.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
        }
    }

    static func run(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil, asUser: uid_t? = nil, directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        if let directory { process.currentDirectoryURL = directory }
        if let asUser {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(asUser)", "--regid=\(asUser)", "--clear-groups", try binary().path] + arguments
        } else {
            process.executableURL = try binary()
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["SAMKAL_LANG"] = nil
        env["SAMKAL_USER"] = nil
        // Every run gets a data directory of its own unless the test gives one.
        env["SAMKAL_DATA"] = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-data-\(UUID().uuidString)").path
        // Local mode unless the test signs in: never the credentials of whoever runs the tests.
        env["SAMKAL_CONFIG"] = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-config-\(UUID().uuidString)").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func checkAcceptsTheExample() throws {
        let result = try Self.run(["check", Self.example])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("OK: afjord-nav-nord-fosen"))
        #expect(result.stdout.contains("Ledermøter: 2 per år"))
    }

    @Test func planWritesFeedsForTheAgreementEachPartyAndEachPerson() throws {
        let directory = try Self.temporaryDirectory()
        let out = directory.appendingPathComponent("feeds")
        let result = try Self.run(["plan", Self.example, "--as", "kari-vagen", "--from", "2027-01-01", "--to", "2027-12-31", "--ics", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        // File names are opaque; the command says whose is whose.
        for label in ["afjord-nav-nord-fosen", "party:nav-nord-fosen", "person:kari-vagen"] {
            let name = try #require(Self.feedFile(in: result.stdout, for: label), "\(label) not listed")
            #expect(files.contains(name))
        }
        for file in files {
            #expect(file.range(of: #"^[0-9a-f]{32}\.ics$"#, options: .regularExpression) != nil, "\(file)")
        }
        // The agreement, 6 parties and 16 people.
        #expect(files.count == 23)
        for file in files {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            let report = ICalValidator.validate(text)
            #expect(report.isValid, "\(file): \(report.problems)")
        }
        #expect(result.stdout.contains("Ledermøte vår 2027"))
    }

    @Test func twoRunsGiveByteIdenticalJSONAndCalendars() throws {
        let directory = try Self.temporaryDirectory()
        var outputs: [String] = []
        var calendars: [Data] = []
        for run in 0..<2 {
            let out = directory.appendingPathComponent("run\(run)")
            // Two installations with the same secret and --stamp: both are inputs like the agreement.
            let result = try Self.run(
                ["plan", Self.example, "--as", "kari-vagen", "--from", "2027-01-01", "--to", "2027-12-31", "--stamp", "2026-11-20T12:00:00Z", "--json", "--ics", out.path],
                environment: ["SAMKAL_DATA": try Self.seededDataDirectory()]
            )
            #expect(result.status == 0)
            outputs.append(result.stdout)
            // With --json on standard output, the list of files goes to standard error.
            let name = try #require(Self.feedFile(in: result.stderr, for: "afjord-nav-nord-fosen"))
            calendars.append(try Data(contentsOf: out.appendingPathComponent(name)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(calendars[0] == calendars[1])
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try Self.run(["plan", Self.example, "--as", "kari-vagen", "--from", "2027-01-01", "--to", "2027-12-31", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["agreement"] as? String == "afjord-nav-nord-fosen")
        #expect(object["warnings"] is [Any])
        #expect(object["unplaced"] is [Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        let leader = try #require(meetings.first { $0["kind"] as? String == "leaderMeeting" })
        for key in ["uid", "kind", "title", "start", "end", "location", "organizer", "attendees", "participant", "sequence", "status"] {
            #expect(leader.keys.contains(key), "missing \(key)")
        }
        #expect(leader["participant"] is NSNull)
        #expect((leader["start"] as? String)?.hasSuffix("+01:00") == true)
        let attendee = try #require((leader["attendees"] as? [[String: Any]])?.first)
        #expect(Set(attendee.keys).isSuperset(of: ["id", "name", "party", "role"]))
        #expect(meetings.filter { $0["kind"] as? String == "leaderMeeting" }.count == 2)
    }

    @Test func englishOnRequest() throws {
        let result = try Self.run(["plan", Self.example, "--as", "kari-vagen", "--from", "2027-01-01", "--to", "2027-06-30", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Leader meeting spring 2027"))
        #expect(result.stdout.contains("Date"))
        let fromEnvironment = try Self.run(["check", Self.example], environment: ["SAMKAL_LANG": "en"])
        #expect(fromEnvironment.stdout.contains("Leader meetings: 2 a year"))
    }

    /// One broken agreement per class of error: the message names file, line and column,
    /// the exit status is non-zero, and nothing is written.
    @Test(arguments: [
        ("time: \"09:00\"", "time: [\"09:00\"", "ugyldig YAML"),
        ("durationMinutes: 120\n  location: Åfjord rådhus", "durationMinutes: 120\n  lokasjon: Åfjord rådhus", "ukjent nøkkel 'lokasjon'"),
        ("  convener: kari-vagen\n  leadersOf", "  leadersOf", "mangler påkrevd nøkkel 'convener'"),
        ("leadersOf: [flyktningtjenesten, nav-nord-fosen, voksenopplaeringen]\n\n# §5: årlig", "attendees: [ola-nordmann]\n\n# §5: årlig", "personen 'ola-nordmann' er ikke definert"),
        ("from: 2027-05-07, to: 2027-05-07", "from: 2027-02-30, to: 2027-05-07", "'2027-02-30' er ikke en gyldig dato"),
        ("{ period: spring, from: \"03-01\", to: \"05-31\" }", "{ period: spring, from: \"12-25\", to: \"12-26\" }", "har ingen arbeidsdag"),
        ("time: \"09:00\"", "time: \"07:00\"", "utenfor arbeidstiden"),
        ("durationMinutes: 120\n  location: Åfjord rådhus", "durationMinutes: 600\n  location: Åfjord rådhus", "går ut over arbeidstiden"),
        // An offset is not a zone: feeds and invitations could not carry it.
        ("timeZone: Europe/Oslo", "timeZone: GMT+5", "ukjent tidssone 'GMT+5'"),
        ("timeZone: Europe/Oslo", "timeZone: Mars/Olympus", "ukjent tidssone 'Mars/Olympus'"),
    ])
    func badAgreementFilesAreRejectedWithTheirLocationAndWriteNothing(original: String, replacement: String, message: String) throws {
        let directory = try Self.temporaryDirectory()
        var yaml = try String(contentsOfFile: Self.example, encoding: .utf8)
        let range = try #require(yaml.range(of: original), "fixture text not found: \(original)")
        yaml.replaceSubrange(range, with: replacement)
        let file = directory.appendingPathComponent("avtale.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Self.repositoryRoot.appendingPathComponent("calendars/skolerute-trondelag-2026-2028.ics"),
            to: directory.appendingPathComponent("skolerute-trondelag-2026-2028.ics")
        )
        let check = try Self.run(["check", file.path])
        #expect(check.status != 0)
        #expect(check.stderr.contains(message), "\(check.stderr)")
        #expect(check.stderr.range(of: #"avtale\.yaml:\d+:\d+: feil: "#, options: .regularExpression) != nil, "\(check.stderr)")

        let out = directory.appendingPathComponent("feeds")
        let plan = try Self.run(["plan", file.path, "--as", "kari-vagen", "--from", "2027-01-01", "--to", "2027-12-31", "--json", "--ics", out.path])
        #expect(plan.status != 0)
        #expect(plan.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func brokenSchoolHolidayCalendarNamesItsFileAndLine() throws {
        let directory = try Self.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.example, toPath: directory.appendingPathComponent("avtale.yaml").path)
        var ics = try String(
            contentsOf: Self.repositoryRoot.appendingPathComponent("calendars/skolerute-trondelag-2026-2028.ics"),
            encoding: .utf8
        )
        ics = ics.replacingOccurrences(of: "DTSTAMP:20260601T000000Z\r\nDTSTART;VALUE=DATE:20261005", with: "DTSTAMP:20260601T000000Z\r\nDTSTART:2026X005T000000")
        try ics.write(to: directory.appendingPathComponent("skolerute-trondelag-2026-2028.ics"), atomically: true, encoding: .utf8)
        let result = try Self.run(["check", directory.appendingPathComponent("avtale.yaml").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("skolerute-trondelag-2026-2028.ics:18:1: feil: DTSTART"), "\(result.stderr)")
    }

    @Test func missingSchoolHolidayCalendarIsReportedAtTheReference() throws {
        let directory = try Self.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.example, toPath: directory.appendingPathComponent("avtale.yaml").path)
        let result = try Self.run(["check", directory.appendingPathComponent("avtale.yaml").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("kan ikke lese ferie-kalenderen"), "\(result.stderr)")
        #expect(result.stderr.contains("avtale.yaml:"))
    }

    @Test func badFlagsAreRejected() throws {
        let result = try Self.run(["plan", Self.example, "--as", "kari-vagen", "--from", "2027-02-30", "--to", "2027-12-31"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("2027-02-30"))
        let reversed = try Self.run(["plan", Self.example, "--as", "kari-vagen", "--from", "2027-12-31", "--to", "2027-01-01"])
        #expect(reversed.status != 0)
    }
}
