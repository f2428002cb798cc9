import ICalendar
import SamkalCore

/// libical's findings about an input file as diagnostics with the file and line.
enum CalendarDiagnostics {
    static func diagnostics(for error: ICalError, path: String) -> [Diagnostic] {
        guard case .invalid(let problems) = error else {
            return [Diagnostic(
                location: SourceLocation(file: path, line: 1, column: 1), field: "",
                problem: .calendarFileInvalid(path: path, reason: error.description)
            )]
        }
        return problems.map { problem in
            Diagnostic(
                location: SourceLocation(file: path, line: problem.line ?? 1, column: 1),
                field: problem.property ?? "",
                problem: .calendarFileInvalid(path: path, reason: problem.message)
            )
        }
    }
}
