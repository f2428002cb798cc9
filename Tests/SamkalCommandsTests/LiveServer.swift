import Foundation
import Testing

/// A real OpenID provider on loopback (`Tests/Support/oidc_provider.py`: Authlib, the device
/// grant, RS256 ID tokens) and a `samkal serve` that trusts it, on a data directory the
/// test prepared; both stop when the test is done with them.
final class LiveServer: @unchecked Sendable {
    typealias CLI = CommandLineTests

    let providerPort: Int
    let port: Int
    let data: String
    private let provider: Process
    private let providerInput: Pipe
    private let server: Process

    var issuer: String { "http://127.0.0.1:\(providerPort)" }
    var address: String { "http://127.0.0.1:\(port)" }

    /// `tokenLifetime`: how long the provider's ID tokens last, in seconds.
    /// `environment`: more for `samkal serve` (its mail server, say).
    init(data: String, tokenLifetime: Int = 3600, environment extra: [String: String] = [:]) throws {
        self.data = data
        provider = Process()
        provider.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        provider.arguments = [
            "python3", CLI.repositoryRoot.appendingPathComponent("Tests/Support/oidc_provider.py").path, "--interval", "1",
            "--token-lifetime", String(tokenLifetime),
        ]
        providerInput = Pipe()
        let output = Pipe()
        provider.standardInput = providerInput
        provider.standardOutput = output
        provider.standardError = FileHandle.nullDevice
        try provider.run()
        var printed = ""
        while !printed.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = printed.split(separator: "\n").first, line.hasPrefix("PORT "), let providerPort = Int(line.dropFirst(5)) else {
            throw CocoaError(.executableLoad)
        }
        self.providerPort = providerPort

        port = ServeEndToEndTests.freePort()
        server = Process()
        server.executableURL = try CLI.binary()
        server.arguments = [
            "serve", "--port", String(port), "--data", data, "--oidc-issuer", "http://127.0.0.1:\(providerPort)", "--oidc-audience", "samkal-cli",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["SAMKAL_LANG"] = nil
        environment["SAMKAL_BASE_URL"] = nil
        environment.merge(extra) { _, given in given }
        server.environment = environment
        let errors = Pipe()
        server.standardOutput = FileHandle.nullDevice
        server.standardError = errors
        try server.run()
        // Ready once it says where it listens.
        var said = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !said.contains("Server started") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        guard said.contains("Server started") else {
            if server.isRunning { server.terminate() }
            try? providerInput.fileHandleForWriting.close()
            Issue.record("samkal serve did not start: \(said)")
            throw CocoaError(.executableLoad)
        }
    }

    /// A server started off Swift's concurrency pool (starting waits for two processes).
    static func started(data: String, tokenLifetime: Int = 3600, environment: [String: String] = [:]) async throws -> LiveServer {
        try await CLI.offThePool { try LiveServer(data: data, tokenLifetime: tokenLifetime, environment: environment) }
    }

    /// `signIn(email:config:)` off the concurrency pool.
    func signedIn(email: String?, config: String) async throws -> CLI.Result {
        try await CLI.offThePool { try self.signIn(email: email, config: config) }
    }

    /// Signs in as `email`, and stops the test with what `samkal login` said if it failed.
    func requireSignedIn(email: String, config: String) async throws {
        let result = try await signedIn(email: email, config: config)
        try #require(result.status == 0, "samkal login failed (\(result.status)): \(result.stderr)")
    }

    /// `fetch(_:)` off the concurrency pool.
    func fetched(_ path: String) async throws -> Int {
        try await CLI.offThePool { try self.fetch(path) }
    }

    deinit { stop() }

    func stop() {
        if server.isRunning { server.terminate() }
        server.waitUntilExit()
        try? providerInput.fileHandleForWriting.close()
        provider.waitUntilExit()
    }

    /// What a person does in the browser: approves the code, signed in as `email` (or,
    /// with `email` nil, denies it).
    func approve(userCode: String, email: String?) throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import sys, urllib.parse, urllib.request
            body = urllib.parse.urlencode({"user_code": sys.argv[2], "email": sys.argv[3]}).encode()
            urllib.request.urlopen(sys.argv[1] + ("/device/approve" if sys.argv[3] else "/device/deny"), body).read()
            """, issuer, userCode, email ?? ""]
        try python.run()
        python.waitUntilExit()
    }

    /// The HTTP status of a GET of `path` on the server, as a calendar program would ask.
    func fetch(_ path: String) throws -> Int {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", """
            import sys, urllib.error, urllib.request
            try:
                print(urllib.request.urlopen(sys.argv[1]).status)
            except urllib.error.HTTPError as error:
                print(error.code)
            """, address + path]
        let out = Pipe()
        python.standardOutput = out
        try python.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        return Int(printed.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// `samkal login` through the device flow as `email` (nil: the person denies it), with
    /// its credentials in `config`.
    func signIn(email: String?, config: String) throws -> CLI.Result {
        let login = Process()
        login.executableURL = try CLI.binary()
        login.arguments = ["login", "--server", address]
        var environment = ProcessInfo.processInfo.environment
        environment["SAMKAL_LANG"] = nil
        environment["SAMKAL_CONFIG"] = config
        login.environment = environment
        let out = Pipe()
        let err = Pipe()
        login.standardOutput = out
        login.standardError = err
        login.standardInput = FileHandle.nullDevice
        try login.run()
        var said = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, said.firstMatch(of: /[A-Z]{4}-[A-Z]{4}/) == nil {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        if let code = said.firstMatch(of: /[A-Z]{4}-[A-Z]{4}/) { try approve(userCode: String(code.output), email: email) }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        said += String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        login.waitUntilExit()
        return CLI.Result(status: login.terminationStatus, stdout: stdout, stderr: said)
    }
}
