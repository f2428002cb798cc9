import ICalendar
import SamkalCore

/// A school-holiday calendar (iCalendar) as periods to avoid: every VEVENT that is not
/// cancelled is a period. A DATE end is exclusive (RFC 5545), so DTEND 2027-03-01 means
/// the period ends 28 February.
public enum AvoidPeriodCalendar {
    /// `path` names the file in diagnostics; `reference` is where the agreement names it.
    public static func periods(in text: String, path: String, reference: CalendarFileReference) throws(DiagnosticsError) -> [AvoidPeriod] {
        let calendars: [ICalCalendar]
        do {
            calendars = try ICalCalendar.parse(text)
        } catch {
            throw DiagnosticsError(CalendarDiagnostics.diagnostics(for: error, path: path))
        }
        let events = calendars.flatMap(\.events).filter { $0.status != .cancelled }
        guard !events.isEmpty else {
            throw DiagnosticsError([Diagnostic(
                location: reference.location, field: "avoidPeriods.calendars",
                problem: .calendarFileEmpty(path: path)
            )])
        }
        var periods: [AvoidPeriod] = []
        var problems: [Diagnostic] = []
        for event in events {
            guard let first = LocalDate(year: event.start.year, month: event.start.month, day: event.start.day) else {
                problems.append(Diagnostic(
                    location: reference.location, field: "avoidPeriods.calendars",
                    problem: .calendarFileInvalid(path: path, reason: "UID \(event.uid): DTSTART \(event.start)")
                ))
                continue
            }
            var last = first
            if let end = event.end, let endDate = LocalDate(year: end.year, month: end.month, day: end.day) {
                let exclusive = end.isDate || (end.hour == 0 && end.minute == 0 && end.second == 0)
                last = max(first, exclusive ? endDate.adding(days: -1) : endDate)
            }
            periods.append(AvoidPeriod(name: event.summary ?? "Skoleferie", span: DateSpan(first: first, last: last)!))
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        return periods
    }
}
