import Foundation
import SamkalStore
import Testing

/// A writer killed with SIGKILL in the middle of a command loses nothing committed and
/// leaves no partial record: every command is one SQLite transaction.
struct DurabilityTests {
    typealias CLI = CommandLineTests

    static func bigParticipantFile(count: Int, in directory: URL) throws -> URL {
        var lines = ["id,name,language,interpreter,start,planned_end,final_goal,program_advisor,nav_advisor"]
        for index in 0..<count {
            lines.append("K-\(100_000 + index),Deltaker \(index),ar,ja,2027-01-04,2029-01-03,work,ola-brattoy,jonas-odegard")
        }
        let url = directory.appendingPathComponent("many.csv")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aKilledImportLeavesAllOrNothing() async throws {
        let directory = try CLI.temporaryDirectory()
        let data = directory.appendingPathComponent("data").path
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let baseline = try CLI.run(
            ["participants", "import", CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path, "--agreement", CLI.example],
            environment: environment
        )
        #expect(baseline.status == 0, "\(baseline.stderr)")
        let count = 20_000
        let file = try Self.bigParticipantFile(count: count, in: directory)
        // Kill at moments spread over parsing, writing and committing (a debug build takes
        // about three seconds for this file; a fast machine may finish before the last).
        for delay in [0.05, 0.3, 0.8, 1.5, 2.2, 2.6, 2.9, 3.3] {
            let process = Process()
            process.executableURL = try CLI.binary()
            process.arguments = ["participants", "import", file.path]
            var env = ProcessInfo.processInfo.environment
            env["SAMKAL_DATA"] = data
            env["SAMKAL_USER"] = "kari-vagen"
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let store = try SQLiteStore(directory: data)
            let stored = try await store.participants(agreementID: "afjord-nav-nord-fosen")
            let imported = stored.filter { $0.id.hasPrefix("K-") }.count
            #expect(imported == 0 || imported == count, "partial import of \(imported) after \(delay) s")
            #expect(stored.filter { $0.id.hasPrefix("D-") }.count == 5, "committed participants lost")
        }
        // Finish the import properly: everything arrives, exactly once.
        let finished = try CLI.run(["participants", "import", file.path], environment: environment)
        #expect(finished.status == 0)
        let store = try SQLiteStore(directory: data)
        #expect(try await store.participants(agreementID: "afjord-nav-nord-fosen").count == count + 5)
    }
}
