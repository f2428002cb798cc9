import CLibical

/// What libical thinks of a calendar: parse errors and RFC 5546 restriction violations.
public struct ICalValidationReport: Sendable, Hashable {
    /// Every X-LIC-ERROR after parsing and `icalrestriction_check`.
    public var problems: [ICalProblem]
    /// Whether `icalrestriction_check` passed (the METHOD's rules, or the general ones without METHOD).
    public var passesRestrictions: Bool
    /// The number of VEVENT components.
    public var eventCount: Int

    public var isValid: Bool { problems.isEmpty && passesRestrictions }
}

/// Checks iCalendar text with libical's own parser and restriction tables.
public enum ICalValidator {
    public static func validate(_ text: String) -> ICalValidationReport {
        withLibical { () -> ICalValidationReport in
            guard let root = icalparser_parse_string(text) else {
                return ICalValidationReport(
                    problems: [ICalProblem(line: nil, property: nil, message: "not an iCalendar object")],
                    passesRestrictions: false,
                    eventCount: 0
                )
            }
            defer { icalcomponent_free(root) }
            let passes = icalrestriction_check(root) != 0
            let problems = ICalProblemLocator(source: text).locate(LibicalReader.problems(in: root))
            let calendars = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT
                ? [root]
                : LibicalReader.children(of: root, kind: ICAL_VCALENDAR_COMPONENT)
            let events = calendars.reduce(0) { count, calendar in
                count + LibicalReader.children(of: calendar, kind: ICAL_VEVENT_COMPONENT).count
            }
            return ICalValidationReport(problems: problems, passesRestrictions: passes, eventCount: events)
        }
    }
}
