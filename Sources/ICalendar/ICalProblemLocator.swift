import Foundation

/// Finds the input line an X-LIC-ERROR is about.
///
/// libical's messages end with the text it could not read ("…: FOO BAR") and often
/// name the property ("…in DTSTART property…"); both are looked up in the unfolded
/// input so an error can say `file:line`.
struct ICalProblemLocator {
    /// Unfolded content lines with the 1-based number of the physical line each starts on.
    private let lines: [(number: Int, text: String)]

    init(source: String) {
        var unfolded: [(number: Int, text: String)] = []
        var physical = 0
        for rawLine in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            physical += 1
            let line = Substring(rawLine)
            if let first = line.first, first == " " || first == "\t", !unfolded.isEmpty {
                unfolded[unfolded.count - 1].text += line.dropFirst()
            } else {
                unfolded.append((physical, String(line)))
            }
        }
        lines = unfolded
    }

    /// Problems reported for one file at most: the first ones say what is wrong, and each
    /// is looked up in the whole text.
    static let maximumProblems = 20

    func locate(_ problems: [ICalProblem]) -> [ICalProblem] {
        problems.prefix(Self.maximumProblems).map(locate)
    }

    private func locate(_ problem: ICalProblem) -> ICalProblem {
        var located = problem
        let property = Self.propertyName(in: problem.message)
        located.property = problem.property ?? property
        if let culprit = Self.culprit(in: problem.message), !culprit.isEmpty {
            let match = lines.first { line in
                line.text.contains(culprit) && (property.map { line.text.uppercased().hasPrefix($0) } ?? true)
            } ?? lines.first { $0.text.contains(culprit) }
            located.line = match?.number
        }
        return located
    }

    /// The text after the last ": ", which libical sets to what it failed to read.
    private static func culprit(in message: String) -> String? {
        guard let range = message.range(of: ": ", options: .backwards) else { return nil }
        return String(message[range.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// `DTSTART` from "… in DTSTART property …".
    private static func propertyName(in message: String) -> String? {
        let words = message.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let index = words.firstIndex(of: "property"), index > 0 else { return nil }
        let candidate = words[index - 1]
        guard !candidate.isEmpty, candidate.allSatisfy({ $0.isUppercase || $0 == "-" }) else { return nil }
        return candidate
    }
}
