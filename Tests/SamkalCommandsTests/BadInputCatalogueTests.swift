import Foundation
import SamkalCore
import Testing

/// Every case of the bad-input catalogue, run as a user would: a non-zero exit (and no
/// crash), a message naming the file and line or the flag, no library's own words, well
/// within 10 seconds, and the store and the case's directory exactly as they were.
struct BadInputCatalogueTests {
    typealias CLI = CommandLineTests

    /// A store with the example's participants and its plan for 2026–2027, made once and
    /// copied for every case; and a held and a future meeting's UIDs.
    struct Template: Sendable {
        let data: String
        let held: String
        let future: String
    }

    static let template: Result<Template, any Error> = Result {
        let data = try CLI.seededDataDirectory()
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        let csv = CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path
        let imported = try CLI.run(["participants", "import", csv, "--agreement", CLI.example], environment: environment)
        guard imported.status == 0 else { throw CatalogueSetupError(text: imported.stderr) }
        let plan = try CLI.run(["plan", CLI.example, "--from", "2026-01-01", "--to", "2027-12-31", "--json"], environment: environment)
        guard plan.status == 0,
              let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any],
              let meetings = object["meetings"] as? [[String: Any]]
        else { throw CatalogueSetupError(text: plan.stderr) }
        let info = meetings.filter { $0["kind"] as? String == "infoMeeting" }
        guard let held = info.first(where: { ($0["period"] as? String) == "2026-autumn" })?["uid"] as? String,
              let future = info.last?["uid"] as? String
        else { throw CatalogueSetupError(text: "no information meetings") }
        return Template(data: data, held: held, future: future)
    }

    struct CatalogueSetupError: Error {
        let text: String
    }

    @Test func theCatalogueCoversEverySurface() {
        let families = Dictionary(grouping: BadInputCatalogue.all, by: \.family).mapValues(\.count)
        #expect(BadInputCatalogue.all.count >= 150, "\(families)")
        #expect(Set(families.keys) == ["busy", "reply", "mime", "csv", "yaml", "flags"])
        #expect(Set(BadInputCatalogue.all.map(\.testDescription)).count == BadInputCatalogue.all.count, "names are unique")
    }

    @Test(arguments: BadInputCatalogue.all)
    func aBadInputIsRefusedCleanlyAndChangesNothing(_ input: BadInput) throws {
        let template = try Self.template.get()
        let data = try CLI.temporaryDirectory().appendingPathComponent("data").path
        try FileManager.default.copyItem(atPath: template.data, toPath: data)
        chmod(data, 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: data) {
            chmod((data as NSString).appendingPathComponent(name), 0o600)
        }
        let directory = try CLI.temporaryDirectory()
        for (name, bytes) in input.files {
            let file = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        func substitute(_ text: String) -> String {
            text.replacingOccurrences(of: "{dir}", with: directory.path)
                .replacingOccurrences(of: "{held}", with: template.held)
                .replacingOccurrences(of: "{future}", with: template.future)
        }
        let storeBefore = try StoreDump.of(data)
        let filesBefore = try Self.listing(directory)
        var environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        for (key, value) in input.environment { environment[key] = value }
        let started = Date()
        let result = try CLI.run(input.arguments.map(substitute), environment: environment, input: input.input ?? "")
        let seconds = Date().timeIntervalSince(started)

        #expect(result.status != 0, "accepted: \(result.stdout)")
        #expect(result.status < 128, "killed by a signal: \(result.status)")
        #expect(seconds < 10, "\(seconds) s")
        for expected in input.expected.map(substitute) {
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }
        let pattern = input.location.hasPrefix("literal:")
            ? NSRegularExpression.escapedPattern(for: substitute(String(input.location.dropFirst("literal:".count))))
            : substitute(input.location)
        #expect(result.stderr.range(of: pattern, options: .regularExpression) != nil, "no \(pattern) in: \(result.stderr)")
        StoreFailureTests.expectNoRawError(result.stderr)
        #expect(try StoreDump.of(data) == storeBefore, "the store changed")
        #expect(try Self.listing(directory) == filesBefore, "files were written")
    }

    /// Every file under `directory` with its size.
    static func listing(_ directory: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var found: [String] = []
        while let name = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)
            found.append("\(name) \(attributes[.size] as? Int ?? -1)")
        }
        return found.sorted()
    }
}
