import Foundation
import SamkalCore

/// Puts the argument parser's fixed English framing of a help screen (`USAGE:`,
/// `OPTIONS:`, `Show help information.`, `(default: 3)` …) into the language of the run
/// (`HelpFraming`); every other word of the help already comes from `CommandHelp` and
/// `OptionHelp`. Line by line, keeping the parser's alignment: `BRUK:` is padded to the
/// width of `USAGE:`, and a longer `(standard)` beside a subcommand takes its room from the
/// padding after it.
enum HelpTranslation {
    static func translate(_ help: String, to language: Language) -> String {
        help.components(separatedBy: "\n").map { translateLine($0, to: language) }.joined(separator: "\n")
    }

    private static func translateLine(_ original: String, to language: Language) -> String {
        func word(_ framing: HelpFraming) -> String { framing.text(in: language) }
        let headers: [String: HelpFraming] = ["ARGUMENTS:": .arguments, "OPTIONS:": .options, "SUBCOMMANDS:": .subcommands]
        if let header = headers[original] { return word(header) + ":" }

        var line = original
        if let rest = line.dropping(prefix: "OVERVIEW: ") {
            line = word(.overview) + ": " + rest
        }
        if let rest = line.dropping(prefix: "USAGE: ") {
            // Continuation lines of a long usage are indented by the width of "USAGE: ".
            let label = word(.usage) + ":"
            line = label.padding(toLength: max(label.count + 1, 7), withPad: " ", startingAt: 0) + rest
        }
        let indentation = String(line.prefix { $0 == " " })
        if let inner = line.dropFirst(indentation.count).dropping(prefix: "See '"),
           let command = inner.dropping(suffix: " <subcommand>' for detailed help.") {
            return indentation + word(.seeSubcommandHelp(command: command))
        }
        line = line
            .replacingOccurrences(of: "<subcommand>", with: "<\(word(.subcommandPlaceholder))>")
            .replacingOccurrences(of: "<options>", with: "<\(word(.optionsPlaceholder))>")
            // Without the space after the colon: the parser may wrap the line right there.
            .replacingOccurrences(of: "(default as flag:", with: "(\(word(.defaultAsFlag)):")
            .replacingOccurrences(of: "(default:", with: "(\(word(.defaultMarker)):")
            .replacingOccurrences(of: "; default:", with: "; \(word(.defaultMarker)):")
            .replacingOccurrences(of: "(values:", with: "(\(word(.values)):")
        let abstracts: [(String, HelpFraming)] = [
            ("Show help information.", .showHelp), ("Show the version.", .showVersion),
            ("Show subcommand help information.", .showSubcommandHelp),
        ]
        for (english, framing) in abstracts {
            if let start = line.dropping(suffix: english) { line = start + word(framing) }
        }
        return defaultSubcommandMarked(line, as: word(.defaultMarker))
    }

    /// `  run (default)       Plan …` with `(default)` in the language, the abstract kept in its column.
    private static func defaultSubcommandMarked(_ line: String, as marker: String) -> String {
        guard let range = line.range(of: " (default)") else { return line }
        let replacement = " (\(marker))"
        let growth = replacement.count - " (default)".count
        var after = String(line[range.upperBound...])
        let padding = after.prefix { $0 == " " }.count
        if growth > 0, padding > growth + 1 {
            after.removeFirst(growth)
        } else if growth < 0, padding > 0 {
            after = String(repeating: " ", count: -growth) + after
        }
        return String(line[..<range.lowerBound]) + replacement + after
    }
}
