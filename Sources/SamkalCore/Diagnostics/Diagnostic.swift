/// One finding about an input file: where, which field, what is wrong.
public struct Diagnostic: Sendable, Hashable, Codable, Error {
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        case error, warning
    }

    public let severity: Severity
    public let location: SourceLocation
    /// The field's path in the file, e.g. `leaderMeetings.windows[1].from`.
    public let field: String
    public let problem: InputProblem

    public init(severity: Severity = .error, location: SourceLocation, field: String, problem: InputProblem) {
        self.severity = severity
        self.location = location
        self.field = field
        self.problem = problem
    }

    /// `file:line:col: error: field: message`, in `language`.
    public func formatted(in language: Language) -> String {
        let label = switch (severity, language) {
        case (.error, .nb): "feil"
        case (.error, .nn): "feil"
        case (.error, .en): "error"
        case (.warning, .nb): "advarsel"
        case (.warning, .nn): "åtvaring"
        case (.warning, .en): "warning"
        }
        let fieldPart = field.isEmpty ? "" : "\(field): "
        return "\(location): \(label): \(fieldPart)\(problem.message(in: language))"
    }
}

/// Thrown when an input has errors; carries all of them, in file order.
public struct DiagnosticsError: Error, Sendable, Hashable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted {
            ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column)
        }
    }

    /// Diagnostics printed at most: the first ones say what is wrong with a file, and
    /// 20,000 broken rows should not print 20,000 lines.
    public static let maximumShown = 50

    public func formatted(in language: Language) -> String {
        var lines = diagnostics.prefix(Self.maximumShown).map { $0.formatted(in: language) }
        if diagnostics.count > Self.maximumShown {
            lines.append(UserText.moreProblems(diagnostics.count - Self.maximumShown).text(in: language))
        }
        return lines.joined(separator: "\n")
    }
}
