import Foundation
import SamkalCore
import Testing

/// The golden walk of `CommandOutputGoldenTests` run the other way: every step that can
/// run against a server does, against a live `samkal serve`, as the person signed in
/// through the identity provider (device flow); the steps that belong on the server machine (checking
/// an agreement file, and reading one in to plan it or its participants) run there. The transcript is
/// `Tests/Golden/commands-remote/<lang>.txt`: its diff against `commands/<lang>.txt` is
/// what differs between the modes (the audit log's `via`).
///
/// A part of `RemoteCommandTests`, which runs one test at a time: each waits for processes
/// on its thread, and two such waits at once would take both threads of Swift's
/// concurrency pool from the tests that run servers in process.
extension RemoteCommandTests {
    typealias Walk = CommandOutputGoldenTests

    /// Whether a step runs on the server machine rather than against the server.
    static func runsOnServerMachine(_ step: Walk.Step) -> Bool {
        guard step.person != nil, let command = step.arguments.first else { return true }
        if command == "check" { return true }
        // An agreement file is read in on the server.
        return step.arguments.contains { $0.hasSuffix(".yaml") }
    }

    /// The addresses the provider signs the walk's people in with.
    static let emails = [
        "kari-vagen": "kari.vagen@afjord.example.no", "jonas-odegard": "jonas.odegard@nav.example.no",
        "marit-fjaerli": "marit.fjaerli@nav.example.no", "eva-strom": "eva.strom@afjord.example.no",
    ]

    /// The provider's port is the system's choice (always five digits: the same width).
    static func normalized(_ text: String, data: String) -> String {
        Walk.normalized(text, data: data).replacing(/127\.0\.0\.1:\d{5}/, with: "127.0.0.1:<idp>")
    }

    @Test(arguments: Language.allCases)
    func theWalkAgainstAServerSaysWhatTheGoldenFileSays(language: Language) async throws {
        let data = try CLI.seededDataDirectory()
        let uid = MeetingIdentity.testing.uid(forKey: "afjord-nav-nord-fosen-infoMeeting-2026-autumn", domain: "afjord.example.no")
        let reference = MeetingReference(uid: uid, identity: .testing).text(length: 5)
        let walk = Walk.walk(infoMeeting: uid, reference: reference)
        // Each person of the walk signs in through the identity provider when the server
        // starts: at the first step against it, once the walk has stored its agreement (a
        // server on an empty store would load the examples).
        var server: LiveServer?
        defer { server?.stop() }
        var configs: [String: String] = [:]
        func signedIn(_ person: String) async throws -> String? {
            if server == nil {
                let started = try await LiveServer.started(data: data)
                server = started
                for person in Set(walk.compactMap(\.person)).sorted() {
                    let config = try CLI.temporaryDirectory().path
                    let login = try await started.signedIn(email: Self.emails[person], config: config)
                    #expect(login.status == 0, "\(person): \(login.stderr)")
                    configs[person] = config
                }
            }
            return configs[person]
        }
        var transcript = ""
        for step in walk {
            let arguments = step.arguments + ["--lang", language.rawValue]
            var environment = ["SAMKAL_BASE_URL": ""]
            let remotely = !Self.runsOnServerMachine(step)
            if remotely, let person = step.person, let config = try await signedIn(person) {
                environment["SAMKAL_CONFIG"] = config
                environment["SAMKAL_DATA"] = "/nonexistent/samkal-data"
            } else {
                environment["SAMKAL_DATA"] = data
                if let person = step.person { environment["SAMKAL_USER"] = person }
            }
            let result = try await CLI.runOffThePool(arguments, environment: environment, input: step.input, directory: CLI.repositoryRoot)
            let who = step.person.map { remotely ? "(\($0), mot tjeneren)" : "(som \($0), på tjeneren)" } ?? "(uten --as, på tjeneren)"
            transcript += "$ samkal " + step.arguments.map { $0.contains(" ") || $0.contains("|") ? "'\($0)'" : $0 }.joined(separator: " ")
                + "   " + who + "\n"
            transcript += Self.normalized(result.stdout, data: data)
            if !result.stderr.isEmpty { transcript += "[stderr]\n" + Self.normalized(result.stderr, data: data) }
            transcript += "[status \(result.status)]\n\n"
        }
        try GoldenFileTests.expectGolden(transcript, "commands-remote/\(language.rawValue).txt")
    }
}
