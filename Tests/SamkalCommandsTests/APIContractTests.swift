import Foundation
import Testing

/// schemathesis (PyPI) against `openapi.yaml` and a live `samkal serve`, bounded in time:
/// generated requests — valid, invalid and without credentials — get no 500, and every
/// response fits the document (status, content type, schema), as every check says.
struct APIContractTests {
    typealias CLI = CommandLineTests

    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    @Test(.timeLimit(.minutes(5))) func everyResponseFitsTheDocumentAndNoneIsAServerError() async throws {
        let data = try CLI.seededDataDirectory()
        // One agreement, so that an operation without `agreement` has an answer to give.
        let planned = try CLI.run(["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-03-31", "--as", "kari-vagen"], environment: ["SAMKAL_DATA": data])
        #expect(planned.status == 0, "\(planned.stderr)")
        let made = try CLI.run(["tokens", "create", "--person", "kari-vagen", "--expires", "1d"], environment: ["SAMKAL_DATA": data])
        let token = try #require(made.stdout.firstMatch(of: /samkal_[A-Za-z0-9_-]{43}/)).output

        let port = ServeEndToEndTests.freePort()
        let server = Process()
        server.executableURL = try CLI.binary()
        // schemathesis tries requests without and with bad credentials: no back-off for it.
        server.arguments = ["serve", "--port", String(port), "--data", data, "--auth-backoff-after", "1000000"]
        server.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        server.standardError = errors
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        var said = ""
        while !said.contains("Server started") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }

        let report = try CLI.temporaryDirectory()
        let schemathesis = Process()
        schemathesis.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        schemathesis.currentDirectoryURL = report
        schemathesis.arguments = [
            "python3", "-m", "schemathesis.cli", "--config-file", CLI.repositoryRoot.appendingPathComponent("Tests/Support/schemathesis.toml").path,
            "run", CLI.repositoryRoot.appendingPathComponent("Sources/SamkalAPI/openapi.yaml").path,
            "--url", "http://127.0.0.1:\(port)/api/v1", "--header", "Authorization: Bearer \(token)",
            // At most 40 requests a second: the rest of the suite runs beside it on the same cores.
            "--checks", "all", "--max-time", "60", "--rate-limit", "40/s", "--generation-deterministic", "--max-examples", "60", "--no-color",
            "--warnings", "off",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["SCHEMATHESIS_HOOKS"] = nil
        schemathesis.environment = environment
        let output = Pipe()
        schemathesis.standardOutput = output
        schemathesis.standardError = output
        try schemathesis.run()
        // A minute of waiting, on a thread of its own: blocking one of the few threads of
        // Swift's concurrency pool that long starves the tests that run servers in process.
        let text = await Self.offThePool {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            schemathesis.waitUntilExit()
            return text
        }
        #expect(schemathesis.terminationStatus == 0, "\(text.suffix(6000))")
        #expect(text.contains("Tested: 33"), "\(text.suffix(2000))")
    }
}
