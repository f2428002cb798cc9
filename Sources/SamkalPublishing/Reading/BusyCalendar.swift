import ICalendar
import SamkalCore

/// Someone's calendar export (iCalendar) as busy periods: VEVENTs with their recurrences
/// expanded by libical (EXDATE and RDATE honoured; TRANSPARENT and CANCELLED skipped) and
/// VFREEBUSY periods that are not FBTYPE=FREE, within `from`..<`to` (seconds since 1970).
public enum BusyCalendar {
    public static func periods(in text: String, path: String, from: Int, to: Int) throws(DiagnosticsError) -> [BusyPeriod] {
        do {
            return try ICalBusyTime.spans(in: text, from: from, to: to).map { BusyPeriod(start: $0.start, end: $0.end) }
        } catch {
            throw DiagnosticsError(CalendarDiagnostics.diagnostics(for: error, path: path))
        }
    }
}
