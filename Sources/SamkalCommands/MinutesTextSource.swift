import ArgumentParser
import Foundation
import SamkalCore
import SamkalService
import SamkalStore

/// Where the minutes text comes from: `--file PATH`, `--file -` or piped standard input,
/// or `$EDITOR` on a temporary file when standard input is a terminal (as `git commit` does).
/// Without a meeting and drafts directory (against a server) only a file or standard input.
enum MinutesTextSource {
    static func read(file: String?, meeting: PlannedMeeting?, language: Language, drafts: DataDirectory?) throws -> String {
        if let file, file != "-" {
            do {
                return try nonEmpty(try InputFile.text(file, as: .minutesText), language)
            } catch let error as DiagnosticsError {
                throw CommandFailure.diagnostics(error, language)
            }
        }
        if file == "-" || isatty(STDIN_FILENO) == 0 {
            let name = UserText.standardInput.text(in: language)
            do {
                let bytes = try InputFile.standardInput(as: .minutesText, name: name)
                return try nonEmpty(try InputText.decode(bytes, file: name, kind: .minutesText), language)
            } catch let error as DiagnosticsError {
                throw CommandFailure.diagnostics(error, language)
            }
        }
        guard let meeting, let drafts else { throw ValidationError(UserText.minutesEmpty.text(in: language)) }
        return try nonEmpty(try edit(meeting: meeting, language: language, drafts: drafts), language)
    }

    private static func nonEmpty(_ text: String, _ language: Language) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ValidationError(UserText.minutesEmpty.text(in: language))
        }
        return trimmed
    }

    /// Opens `$VISUAL` or `$EDITOR` (else `vi`) on a file with a commented header, and
    /// returns the text without the `#` lines.
    /// The draft is written in the data directory, private to its owner (`0600`), and
    /// removed afterwards: minutes are personal data and never go to the shared temp directory.
    private static func edit(meeting: PlannedMeeting, language: Language, drafts: DataDirectory) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        guard let program = editor.split(separator: " ").first.map(String.init), EditorProcess.isInstalled(program, path: environment["PATH"]) else {
            throw ValidationError(UserText.noEditor(editor: editor).text(in: language))
        }
        let url = try drafts.draftFile(named: "referat-\(UUID().uuidString).txt")
        let header = UserText.minutesDraftHeader(title: meeting.title, date: meeting.date.description, start: meeting.start.description).text(in: language)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(header.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(UserText.draftNotCreated.text(in: language))
        }
        defer { try? FileManager.default.removeItem(at: url) }
        guard EditorProcess.run(editor, file: url.path) == 0 else {
            throw ValidationError(UserText.editorFailed.text(in: language))
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
    }
}
