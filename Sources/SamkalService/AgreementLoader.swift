import Foundation
import SamkalCore
import SamkalPublishing

/// Reads an agreement file and the iCalendar files it names, and resolves them into a
/// complete `Agreement`: the I/O half of `AgreementParser`. Every problem comes back as
/// diagnostics with file, line and field.
public enum AgreementLoader {
    public static func load(path: String) throws(DiagnosticsError) -> Agreement {
        let text = try InputFile.text(path, as: .agreementYAML)
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

    /// The periods of a school-holiday calendar the agreement names. A file that cannot be
    /// read is reported where the agreement names it; a file that is not UTF-8, in itself.
    static func avoidPeriods(in path: String, reference: CalendarFileReference) throws(DiagnosticsError) -> [AvoidPeriod] {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.bytes(path, as: .holidayCalendar)
        } catch {
            throw DiagnosticsError(error.diagnostics.map {
                Diagnostic(location: reference.location, field: "avoidPeriods.calendars", problem: $0.problem)
            })
        }
        let text = try InputText.decode(bytes, file: path, kind: .holidayCalendar)
        return try AvoidPeriodCalendar.periods(in: text, path: path, reference: reference)
    }
}
