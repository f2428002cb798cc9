import Foundation
import GRDB
import SamkalStore
import Testing

/// A store that cannot be used gets a sentence saying what to do — never SQLite's,
/// Foundation's or a decoder's text — a non-zero exit, and nothing changed.
struct StoreFailureTests {
    typealias CLI = CommandLineTests

    static let planArguments = ["plan", CLI.example, "--from", "2027-01-01", "--to", "2027-12-31"]

    /// No library's own words: the texts seen before this was fixed.
    static func expectNoRawError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for raw in ["SQLite error", "NSCocoaErrorDomain", "Error Domain", "DecodingError", "UNIQUE constraint", "not an iCalendar object", "src/libical"] {
            #expect(!text.contains(raw), "\(raw) in: \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func aDataDirectoryThatIsAFileIsRefused() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("data")
        try Data("x".utf8).write(to: file)
        let result = try CLI.run(Self.planArguments, environment: ["SAMKAL_DATA": file.path, "SAMKAL_USER": "kari-vagen"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("datamappen \(file.path) er en fil, ikke en mappe"), "\(result.stderr)")
        Self.expectNoRawError(result.stderr)
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test(arguments: ["not a database at all\n", "sqlite"])
    func aForeignDatabaseIsLeftAlone(_ kind: String) throws {
        let data = try CLI.seededDataDirectory()
        let file = (data as NSString).appendingPathComponent("samkal.sqlite")
        if kind == "sqlite" {
            let queue = try DatabaseQueue(path: file)
            try queue.write { try $0.execute(sql: "CREATE TABLE other (x)") }
        } else {
            try Data(kind.utf8).write(to: URL(fileURLWithPath: file))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let result = try CLI.run(Self.planArguments, environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("er ikke et samkal-lager"), "\(result.stderr)")
        Self.expectNoRawError(result.stderr)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    /// A person of another stored agreement written differently (one id is one person in
    /// the store): a sentence, not the table's constraint, and nothing stored.
    @Test func aSharedPersonWrittenDifferentlyIsRefused() throws {
        let data = try CLI.seededDataDirectory()
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        #expect(try CLI.run(Self.planArguments, environment: environment).status == 0)
        let before = try StoreDump.of(data)
        let directory = URL(fileURLWithPath: CLI.example).deletingLastPathComponent()
        let renamed = directory.appendingPathComponent("samkal-test-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: renamed) }
        let text = try String(contentsOfFile: CLI.example, encoding: .utf8)
            .replacingOccurrences(of: "\nid: afjord-nav-nord-fosen\n", with: "\nid: ny-avtale\n")
            .replacingOccurrences(of: "jonas.odegard@nav.example.no", with: "jonas@nav.example.no")
        try text.write(to: renamed, atomically: true, encoding: .utf8)
        let result = try CLI.run(["plan", renamed.path, "--from", "2027-01-01", "--to", "2027-12-31"], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("personen jonas-odegard er definert med et annet navn eller en annen adresse i avtalen afjord-nav-nord-fosen"), "\(result.stderr)")
        Self.expectNoRawError(result.stderr)
        #expect(try StoreDump.of(data) == before)
    }

    /// A read-only store, and one the user may not open at all (run as `nobody` when the
    /// tests run as root, since root may write anywhere).
    @Test func aStoreThatCannotBeWrittenOrOpenedIsASentence() throws {
        let data = try CLI.seededDataDirectory()
        let environment = ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"]
        #expect(try CLI.run(Self.planArguments, environment: environment).status == 0)
        let before = try StoreDump.of(data)
        let asRoot = getuid() == 0
        let parent = (data as NSString).deletingLastPathComponent
        func runLimited() throws -> CommandLineTests.Result {
            guard asRoot else { return try CLI.run(Self.planArguments, environment: environment) }
            return try CLI.run(Self.planArguments, environment: environment, asUser: 65534)
        }
        if asRoot {
            chmod(parent, 0o755)
            try chown(recursively: data, to: 65534)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: data).map { (data as NSString).appendingPathComponent($0) }
        for file in files { chmod(file, 0o400) }
        chmod(data, 0o500)
        let readOnly = try runLimited()
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("er skrivebeskyttet") || readOnly.stderr.contains("kan ikke åpne lageret"), "\(readOnly.stderr)")
        Self.expectNoRawError(readOnly.stderr)
        chmod(data, 0o000)
        let closed = try runLimited()
        #expect(closed.status == 1)
        #expect(closed.stderr.contains("kan ikke åpne lageret"), "\(closed.stderr)")
        Self.expectNoRawError(closed.stderr)
        chmod(data, 0o700)
        for file in files { chmod(file, 0o600) }
        if asRoot { try chown(recursively: data, to: 0) }
        #expect(try StoreDump.of(data) == before)
    }

    /// The mapping from SQLite's result codes to sentences (a lock held past the busy
    /// time-out is SQLITE_BUSY; a full disk SQLITE_FULL).
    @Test func sqliteResultCodesBecomeSentences() {
        #expect(StoreUnavailable.from(DatabaseError(resultCode: .SQLITE_BUSY), path: "/d") == .locked("/d"))
        #expect(StoreUnavailable.from(DatabaseError(resultCode: .SQLITE_FULL), path: nil) == .diskFull(nil))
        #expect(StoreUnavailable.from(DatabaseError(resultCode: .SQLITE_CORRUPT), path: "/d") == .damaged("/d"))
        #expect(StoreUnavailable.from(DatabaseError(resultCode: .SQLITE_CONSTRAINT), path: "/d") == .failed("/d"))
        #expect(StoreUnavailable.locked("/d").message(in: .nb).contains("låst av et annet program"))
        #expect(StoreUnavailable.from(CocoaError(.fileWriteFileExists), path: "/d") == nil)
    }

    private func chown(recursively path: String, to user: uid_t) throws {
        let enumerator = FileManager.default.enumerator(atPath: path)
        Glibc.chown(path, user, gid_t(user))
        while let name = enumerator?.nextObject() as? String {
            Glibc.chown((path as NSString).appendingPathComponent(name), user, gid_t(user))
        }
    }
}

/// Every row of every table of a store, for asserting that a failed command wrote nothing.
enum StoreDump {
    static func of(_ directory: String) throws -> [String] {
        let file = (directory as NSString).appendingPathComponent("samkal.sqlite")
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: file, configuration: configuration)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            var rows: [String] = []
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)") {
                    rows.append("\(table): \(row.description)")
                }
            }
            return rows.sorted()
        }
    }
}
