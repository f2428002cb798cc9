import ICalendar
import SamkalCore

/// Someone's calendar export (iCalendar) as busy periods: VEVENTs with their recurrences
/// expanded by libical (EXDATE and RDATE honoured; TRANSPARENT and CANCELLED skipped) and
/// VFREEBUSY periods that are not FBTYPE=FREE, within `from`..<`to` (seconds since 1970).
public enum BusyCalendar {
    /// The busy periods of a file and warnings about events in it that give no busy time.
    public struct Reading: Sendable {
        public let periods: [BusyPeriod]
        public let warnings: [Diagnostic]
    }

    /// Floating times and dates are read in `timeZoneID`, the agreement's zone.
    public static func read(_ text: String, path: String, from: Int, to: Int, timeZoneID: String) throws(DiagnosticsError) -> Reading {
        do {
            let reading = try ICalBusyTime.read(text, from: from, to: to, floatingZone: timeZoneID)
            return Reading(
                periods: reading.spans.map { BusyPeriod(start: $0.start, end: $0.end) },
                warnings: reading.warnings.map { warning in
                    Diagnostic(
                        severity: .warning, location: SourceLocation(file: path, line: warning.line ?? 1, column: 1),
                        field: warning.property ?? "", problem: .eventWithoutLength
                    )
                }
            )
        } catch {
            throw DiagnosticsError(CalendarDiagnostics.diagnostics(for: error, path: path))
        }
    }
}
