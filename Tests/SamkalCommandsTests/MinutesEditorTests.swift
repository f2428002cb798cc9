import Foundation
import SamkalCore
import Testing

/// `minutes log` in a terminal: the editor runs in the terminal's foreground, a missing
/// editor is a sentence, and attendance waits for the meeting to start.
struct MinutesEditorTests {
    typealias CLI = CommandLineTests

    /// Runs samkal on a pseudo-terminal (util-linux `script`), as a person at a terminal
    /// would, with a time limit: an editor left stopped in the background ends in it.
    static func runOnTerminal(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String, seconds: Double) {
        let command = ([try CLI.binary().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["10", "/usr/bin/script", "--quiet", "--return", "--command", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["SAMKAL_LANG"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), Date().timeIntervalSince(started))
    }

    /// A record-keeping fixture with a held meeting.
    static func heldMeeting() throws -> (records: RecordsCommandTests, uid: String) {
        let records = try RecordsCommandTests()
        return (records, try records.planAndImport())
    }

    /// The editor sets the terminal's modes (as vim does): in a background process group that
    /// stops it, so this passes only when the editor is in the foreground.
    @Test func theEditorRunsInTheForegroundOfTheTerminal() throws {
        let (records, uid) = try Self.heldMeeting()
        let editor = try CLI.temporaryDirectory().appendingPathComponent("editor.sh")
        try "#!/bin/sh\nstty sane < /dev/tty\nprintf 'Skrevet i editoren.\\n' >> \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        let result = try Self.runOnTerminal(["minutes", "log", uid], environment: [
            "SAMKAL_DATA": records.data, "SAMKAL_USER": "kari-vagen", "EDITOR": editor.path, "VISUAL": "",
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.seconds < 10)
        let shown = try records.run(["minutes", "show", uid])
        #expect(shown.stdout.contains("Skrevet i editoren."), "\(shown.stdout)")
    }

    @Test func aMissingEditorIsASentence() throws {
        let (records, uid) = try Self.heldMeeting()
        let before = try StoreDump.of(records.data)
        let result = try Self.runOnTerminal(["minutes", "log", uid], environment: [
            "SAMKAL_DATA": records.data, "SAMKAL_USER": "kari-vagen", "EDITOR": "/finnes/ikke/editor", "VISUAL": "",
        ])
        #expect(result.status != 0, "\(result.output)")
        #expect(result.output.contains("fant ikke redigeringsprogrammet '/finnes/ikke/editor': sett EDITOR"), "\(result.output)")
        #expect(try StoreDump.of(records.data) == before)
    }

    /// Attendance for a meeting that has not started is refused, and nothing is written;
    /// notes (an agenda) for it are fine.
    @Test func attendanceWaitsForTheMeetingToStart() throws {
        let records = try RecordsCommandTests()
        _ = try records.planAndImport()
        let future = try records.run(["plan", CLI.example, "--from", "2030-01-01", "--to", "2030-06-30", "--json"])
        #expect(future.status == 0, "\(future.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(future.stdout.utf8)) as? [String: Any]
        let meeting = (object?["meetings"] as? [[String: Any]])?.first { $0["kind"] as? String == "infoMeeting" }
        let uid = try #require(meeting?["uid"] as? String)
        let before = try StoreDump.of(records.data)
        let refused = try records.run(["minutes", "log", uid, "--present", "kari-vagen"], input: "Dagsorden.\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("oppmøte kan først føres når møtet har begynt"), "\(refused.stderr)")
        #expect(try StoreDump.of(records.data) == before)
        let agenda = try records.run(["minutes", "log", uid], input: "Dagsorden.\n")
        #expect(agenda.status == 0, "\(agenda.stderr)")
    }
}
