import Foundation
import ICalendar
import SamkalCore

/// Reads an agreement file and the iCalendar files it names: the I/O half of
/// `AgreementParser`. Every problem comes back as diagnostics with file, line and field.
enum AgreementLoader {
    static func load(path: String) throws(DiagnosticsError) -> Agreement {
        let text = try readText(path: path, location: SourceLocation(file: path, line: 1, column: 1), field: "")
        var agreement = try AgreementParser.parse(yaml: text, file: path)
        var diagnostics: [Diagnostic] = []
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        for reference in agreement.avoidCalendars {
            let resolved = reference.path.hasPrefix("/")
                ? reference.path
                : directory.appendingPathComponent(reference.path).path
            do {
                agreement.avoidPeriods += try avoidPeriods(in: resolved, reference: reference)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        agreement.avoidCalendars = []
        return agreement
    }

    private static func readText(path: String, location: SourceLocation, field: String) throws(DiagnosticsError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw DiagnosticsError([Diagnostic(
                location: location, field: field,
                problem: .calendarFileUnreadable(path: path, reason: reason)
            )])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([Diagnostic(
                location: location, field: field,
                problem: .calendarFileUnreadable(path: path, reason: "not UTF-8 text")
            )])
        }
        return text
    }

    /// The events of a school-holiday calendar as periods to avoid. A DATE end is
    /// exclusive (RFC 5545), so DTEND 2027-03-01 means the period ends 28 February.
    static func avoidPeriods(in path: String, reference: CalendarFileReference) throws(DiagnosticsError) -> [AvoidPeriod] {
        let text = try readText(path: path, location: reference.location, field: "avoidPeriods.calendars")
        let calendars: [ICalCalendar]
        do {
            calendars = try ICalCalendar.parse(text)
        } catch {
            throw DiagnosticsError(ICalDiagnostics.diagnostics(for: error, path: path))
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
