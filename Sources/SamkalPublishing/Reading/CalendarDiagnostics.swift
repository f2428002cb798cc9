import ICalendar
import SamkalCore

/// libical's findings about an input file as diagnostics with the file and line.
enum CalendarDiagnostics {
    static func diagnostics(for error: ICalError, path: String) -> [Diagnostic] {
        if case .tooManyOccurrences(let line, _, let limit) = error {
            return [Diagnostic(
                location: SourceLocation(file: path, line: line ?? 1, column: 1), field: "RRULE",
                problem: .tooManyOccurrences(limit: limit)
            )]
        }
        if case .notICalendar = error {
            return [Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), field: "", problem: .notICalendar(path: path))]
        }
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
                problem: problem.kind.map { inputProblem($0, property: problem.property ?? "") }
                    ?? .calendarFileInvalid(path: path, reason: problem.message)
            )
        }
    }

    static func inputProblem(_ kind: ICalProblem.Kind, property: String) -> InputProblem {
        switch kind {
        case .eventWithoutStart: .eventWithoutStart
        case .endsBeforeStart: .eventEndsBeforeStart(property: property)
        case .impossibleValue(let value): .impossibleCalendarValue(property: property, value: value)
        case .unknownTimeZone(let id): .unknownEventTimeZone(id)
        case .componentInsideEvent(let name): .componentInsideEvent(name)
        case .nestedTooDeep(let limit): .componentsNestedTooDeep(limit: limit)
        case .lineTooLong(let limit): .lineTooLong(limit: limit)
        case .cannotExpand(let rule): .ruleCannotBeExpanded(rule)
        case .withoutLength: .eventWithoutLength
        case .tooManyPeriods(let limit): .tooManyBusyPeriods(limit: limit)
        case .unbalanced(let component): .unbalancedComponent(component)
        case .timeZoneTooCostly(let zone, let rule): .timeZoneTooCostly(zone: zone, rule: rule)
        }
    }
}
