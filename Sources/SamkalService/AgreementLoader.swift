import Foundation
import SamkalCore
import SamkalPublishing

/// Reads an agreement file and the iCalendar files it names, and resolves them into a
/// complete `Agreement`: the I/O half of `AgreementParser`. Every problem comes back as
/// diagnostics with file, line and field.
public enum AgreementLoader {
    public static func load(path: String) throws(DiagnosticsError) -> Agreement {
        let text = try readText(path: path, location: SourceLocation(file: path, line: 1, column: 1), field: "")
        let draft = try AgreementParser.parse(yaml: text, file: path)
        var periods: [AvoidPeriod] = []
        var diagnostics: [Diagnostic] = []
        if !CalendarTimeZones.isKnown(draft.timeZoneID) {
            diagnostics.append(Diagnostic(
                location: draft.timeZoneLocation ?? SourceLocation(file: path, line: 1, column: 1), field: "timeZone",
                problem: .unknownTimeZone(draft.timeZoneID)
            ))
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        for reference in draft.calendars {
            let resolved = reference.path.hasPrefix("/")
                ? reference.path
                : directory.appendingPathComponent(reference.path).path
            do {
                periods += try avoidPeriods(in: resolved, reference: reference)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return draft.resolved(calendarPeriods: periods)
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

    /// The periods of a school-holiday calendar the agreement names.
    static func avoidPeriods(in path: String, reference: CalendarFileReference) throws(DiagnosticsError) -> [AvoidPeriod] {
        let text = try readText(path: path, location: reference.location, field: "avoidPeriods.calendars")
        return try AvoidPeriodCalendar.periods(in: text, path: path, reference: reference)
    }
}
