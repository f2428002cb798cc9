#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamkalCore
import SamkalService
import Testing

/// Files handed to samkal: every one that cannot be read refused before a byte is read,
/// with the path and what to do, at `path:1:1`; nothing is written.
struct InputFileTests {
    typealias CLI = CommandLineTests

    let directory: URL

    init() throws {
        directory = try CLI.temporaryDirectory()
    }

    func refusal(_ path: String, as kind: InputFileKind) -> Diagnostic? {
        do {
            _ = try InputFile.text(path, as: kind)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test func aFileIsReadAsTextWithoutItsByteOrderMark() throws {
        let file = directory.appendingPathComponent("avtale.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array("id: å\n".utf8)).write(to: file)
        #expect(try InputFile.text(file.path, as: .agreementYAML) == "id: å\n")
        #expect(try InputFile.bytes(file.path, as: .agreementYAML).count == 10)
    }

    @Test func aMissingFileIsNamedWithWhatToDo() throws {
        let path = directory.appendingPathComponent("finnes-ikke.csv").path
        let found = try #require(refusal(path, as: .participantCSV))
        #expect(found.problem == .inputFileMissing(path: path, kind: .participantCSV))
        #expect(found.location == SourceLocation(file: path, line: 1, column: 1))
        #expect(found.formatted(in: .nb) == "\(path):1:1: feil: kan ikke lese deltakerfilen \(path): filen finnes ikke; sjekk stien og skrivemåten")
        let inMissingDirectory = directory.appendingPathComponent("borte/avtale.yaml").path
        #expect(refusal(inMissingDirectory, as: .agreementYAML)?.problem == .inputFileMissing(path: inMissingDirectory, kind: .agreementYAML))
        let underAFile = directory.appendingPathComponent("finnes-ikke.csv/x").path
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(refusal(underAFile, as: .participantCSV)?.problem == .inputFileMissing(path: underAFile, kind: .participantCSV))
    }

    @Test func aDirectoryIsNotAFile() throws {
        let found = try #require(refusal(directory.path, as: .agreementYAML))
        #expect(found.problem == .inputFileIsDirectory(path: directory.path, kind: .agreementYAML))
        #expect(found.formatted(in: .en).contains("it is a directory, not a file; give the file inside it"))
    }

    @Test func aNamedPipeIsRefusedWithoutWaitingForIt() throws {
        let path = directory.appendingPathComponent("rør.csv").path
        try #require(mkfifo(path, 0o600) == 0)
        #expect(refusal(path, as: .participantCSV)?.problem == .inputFileNotRegular(path: path, kind: .participantCSV))
    }

    @Test(.enabled(if: geteuid() != 0, "root may read every file"))
    func aFileThatMayNotBeReadSaysSo() throws {
        let file = directory.appendingPathComponent("hemmelig.yaml")
        try Data("id: x\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        #expect(refusal(file.path, as: .agreementYAML)?.problem == .inputFilePermissionDenied(path: file.path, kind: .agreementYAML))
    }

    @Test(arguments: InputFileKind.allCases)
    func aFileLargerThanItsKindAllowsIsRefusedBeforeItIsRead(kind: InputFileKind) throws {
        // A sparse file: its size says too large, though hardly a block is written.
        let file = directory.appendingPathComponent("stor-\(kind.rawValue)")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(kind.maximumBytes + 1))
        try handle.close()
        let clock = ContinuousClock()
        var found: Diagnostic?
        let elapsed = clock.measure { found = refusal(file.path, as: kind) }
        #expect(found?.problem == .inputFileTooLarge(path: file.path, kind: kind, bytes: kind.maximumBytes + 1, limit: kind.maximumBytes))
        #expect(elapsed < .milliseconds(100))

        try FileHandle(forWritingTo: file).truncate(atOffset: UInt64(kind.maximumBytes))
        #expect(try InputFile.bytes(file.path, as: kind).count == kind.maximumBytes)
    }

    @Test func theLimitsAreSaidInMegabytes() {
        let problem = InputProblem.inputFileTooLarge(path: "a.yaml", kind: .agreementYAML, bytes: 12_345_678, limit: 1_000_000)
        #expect(problem.message(in: .nb) == "kan ikke lese avtalefilen a.yaml: filen er på 12345678 byte, mer enn grensen på 1 MB; sjekk at det er riktig fil")
        #expect(InputProblem.inputFileTooLarge(path: "d.csv", kind: .participantCSV, bytes: 10_500_000, limit: 10_000_000).message(in: .en)
            == "cannot read the participants file d.csv: the file is 10.5 MB, more than the limit of 10 MB; check that it is the right file")
    }

    // The command line

    func run(_ arguments: [String], data: String) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["SAMKAL_DATA": data, "SAMKAL_USER": "kari-vagen"])
    }

    func dataDirectory() throws -> String {
        let data = try CLI.temporaryDirectory().path
        try Data(repeating: 0x42, count: MeetingIdentity.keyLength)
            .write(to: URL(fileURLWithPath: data).appendingPathComponent("identifier.key"))
        return data
    }

    @Test func importingADirectoryOrAMissingFileSaysWhichAndImportsNothing() throws {
        let data = try dataDirectory()
        let folder = try run(["participants", "import", directory.path, "--agreement", CLI.example], data: data)
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("\(directory.path):1:1: feil: kan ikke lese deltakerfilen \(directory.path): det er en mappe"), "\(folder.stderr)")
        let missing = directory.appendingPathComponent("deltakere.csv").path
        let absent = try run(["participants", "import", missing, "--agreement", CLI.example], data: data)
        #expect(absent.status != 0)
        #expect(absent.stderr.contains("filen finnes ikke; sjekk stien"), "\(absent.stderr)")
        // Refused before the store was opened: the data directory holds what it held.
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == ["identifier.key"])
        let list = try run(["participants", "list", "--csv"], data: data)
        #expect(!list.stdout.contains("D-0042"))
    }

    @Test func aSemicolonWindows1252ExportFromNorwegianExcelIsImported() throws {
        let data = try dataDirectory()
        let original = try String(contentsOfFile: CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path, encoding: .utf8)
        // What "CSV (semikolondelt)" gives: `;` between fields, lists quoted, CRLF, Windows-1252.
        let excel = original.split(separator: "\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.contains(";") ? "\"\($0)\"" : String($0) }
                .joined(separator: ";")
        }.joined(separator: "\r\n").replacingOccurrences(of: "Amanuel Tesfay", with: "Amanuel Tesfay Ørnes")
        let file = directory.appendingPathComponent("deltakere-excel.csv")
        try #require(excel.data(using: .windowsCP1252)).write(to: file)
        #expect(String(data: try Data(contentsOf: file), encoding: .utf8) == nil)
        let imported = try run(["participants", "import", file.path, "--agreement", CLI.example], data: data)
        #expect(imported.status == 0, "\(imported.stderr)")
        let list = try run(["participants", "list", "--csv"], data: data)
        #expect(list.stdout.contains("Amanuel Tesfay Ørnes"), "\(list.stdout)")
    }

    @Test func aUTF16ExportIsRefusedNamingItsEncodingAndHowToSaveUTF8() throws {
        let data = try dataDirectory()
        let file = directory.appendingPathComponent("deltakere-utf16.csv")
        let text = try String(contentsOfFile: CLI.repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path, encoding: .utf8)
        try Data([0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!)).write(to: file)
        let result = try run(["participants", "import", file.path, "--agreement", CLI.example], data: data)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file.path):1:1: feil: filen er UTF-16 (little-endian), ikke UTF-8; lagre den i Excel med Fil › Lagre som › «CSV UTF-8 (kommadelt) (*.csv)»"), "\(result.stderr)")
    }

    @Test func anAgreementTooLargeOrMissingIsRefusedAndNothingIsWritten() throws {
        let missing = directory.appendingPathComponent("avtale.yaml").path
        let absent = try CLI.run(["check", missing])
        #expect(absent.status != 0)
        #expect(absent.stderr.contains("\(missing):1:1: feil: kan ikke lese avtalefilen \(missing): filen finnes ikke"), "\(absent.stderr)")

        var yaml = try String(contentsOfFile: CLI.example, encoding: .utf8)
        yaml += "# " + String(repeating: "x", count: InputLimits.agreementYAMLBytes) + "\n"
        let large = directory.appendingPathComponent("stor.yaml")
        try yaml.write(to: large, atomically: true, encoding: .utf8)
        let feeds = directory.appendingPathComponent("feeds")
        let plan = try CLI.run(["plan", large.path, "--as", "kari-vagen", "--from", "2027-01-01", "--to", "2027-12-31", "--ics", feeds.path])
        #expect(plan.status != 0)
        #expect(plan.stderr.contains("kan ikke lese avtalefilen \(large.path): filen er på"), "\(plan.stderr)")
        #expect(!FileManager.default.fileExists(atPath: feeds.path))
    }
}
