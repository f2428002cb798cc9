import CLibical

/// One busy period, as instants in seconds since 1970 (UTC).
public struct ICalBusySpan: Sendable, Hashable, Codable, Comparable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: ICalBusySpan, rhs: ICalBusySpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// Turns a calendar into the times its owner is busy: every VEVENT occurrence (recurrences
/// expanded with libical's rule iterator, EXDATE, EXRULE and RDATE honoured) that is not
/// TRANSPARENT or CANCELLED, and every FREEBUSY period that is not FBTYPE=FREE.
///
/// The work is bounded whatever the input: over-long lines and deep nesting are refused
/// before libical parses, each rule's expansion is counted (`BusyEventExpansion`), the
/// file's own VTIMEZONEs are costed before libical expands them (`TimeZoneExpansionCost`), and
/// an event that cannot be read (no DTSTART, an end before its start, an impossible date,
/// an unknown zone) is an error with its line rather than silently no busy time.
public enum ICalBusyTime {
    /// Busy spans one file may give in the window: years of a full-time timetable are
    /// tens of thousands.
    public static let maximumSpans = 500_000

    /// The busy spans of a calendar, sorted, and what was read but gives no busy time.
    public struct Reading: Sendable, Hashable {
        public let spans: [ICalBusySpan]
        /// Events that are legitimately empty (no length), each with its line.
        public let warnings: [ICalProblem]
    }

    /// Busy spans between `from` and `to` (seconds since 1970), sorted; floating times
    /// and dates are read in `floatingZone` (the agreement's zone).
    public static func read(_ text: String, from: Int, to: Int, floatingZone: String) throws(ICalError) -> Reading {
        let map = try ICalSourceMap(source: text)
        // The calendars without their events first (zones, free/busy), then the events in
        // batches: libical's tree of a 50 MB file would take many times its size.
        let skeleton = map.skeleton()
        return try withLibical { () throws(ICalError) -> Reading in
            guard let root = LibicalQuietParser.parse(skeleton.text) else { throw .notICalendar }
            defer { icalcomponent_free(root) }
            try checkParsed(root, source: skeleton.text, originalLine: skeleton.originalLine)
            let calendars = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT
                ? [root]
                : LibicalReader.children(of: root, kind: ICAL_VCALENDAR_COMPONENT)
            guard !calendars.isEmpty else { throw .notICalendar }
            let zone = icaltimezone_get_builtin_timezone(floatingZone) ?? icaltimezone_get_utc_timezone()
            var spans: [ICalBusySpan] = []
            var warnings: [ICalProblem] = []
            // What the file's own zones cost libical to expand is known before any is expanded.
            let zoneCost = TimeZoneExpansionCost(
                calendars: calendars, skeleton: skeleton.text, originalLine: skeleton.originalLine,
                throughYear: BusyEventExpansion.lastZonedYear(to: to)
            )
            var expansions = calendars.enumerated().map { index, calendar in
                BusyEventExpansion(from: from, to: to, floatingZone: zone, calendar: calendar, calendarIndex: index, zoneCost: zoneCost)
            }
            for batch in map.batches(size: batchSize) {
                guard let parsed = LibicalQuietParser.parse(batch.text) else { throw .notICalendar }
                defer { icalcomponent_free(parsed) }
                try checkParsed(parsed, source: batch.text) { batch.firstLine + $0 - 2 }
                let calendar = min(batch.calendar, calendars.count - 1)
                let events = LibicalReader.children(of: parsed, kind: ICAL_VEVENT_COMPONENT)
                for (offset, event) in events.enumerated() where isBusy(event) {
                    let index = batch.events.lowerBound + offset
                    guard index < batch.events.upperBound else { break }
                    let lines = map.events[index]
                    spans += try expansions[calendar].spans(of: event, lines: lines, warnings: &warnings)
                    if spans.count > maximumSpans {
                        throw .invalid([ICalProblem(
                            line: lines.begin, property: nil, message: "more than \(maximumSpans) busy periods in the window",
                            kind: .tooManyPeriods(limit: maximumSpans)
                        )])
                    }
                }
            }
            for calendar in calendars {
                for freeBusy in LibicalReader.calendars(in: calendar).flatMap(\.freeBusy) {
                    if let start = seconds(freeBusy.start), let end = seconds(freeBusy.end), end > from, start < to {
                        spans.append(ICalBusySpan(start: start, end: end))
                    }
                }
            }
            return Reading(spans: spans.sorted(), warnings: warnings)
        }
    }

    /// Events parsed by libical at a time.
    static let batchSize = 1_000

    /// Throws libical's findings in a parsed piece, with the lines of the original file.
    private static func checkParsed(_ root: OpaquePointer, source: String, originalLine: (Int) -> Int) throws(ICalError) {
        let problems = LibicalReader.problems(in: root)
        guard !problems.isEmpty else { return }
        throw .invalid(ICalProblemLocator(source: source).locate(problems).map { problem in
            var located = problem
            located.line = problem.line.map(originalLine)
            return located
        })
    }

    private static func isBusy(_ event: OpaquePointer) -> Bool {
        if let transparency = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY) {
            let value = icalproperty_get_transp(transparency)
            if value == ICAL_TRANSP_TRANSPARENT || value == ICAL_TRANSP_TRANSPARENTNOCONFLICT { return false }
        }
        if let status = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY),
           icalproperty_get_status(status) == ICAL_STATUS_CANCELLED {
            return false
        }
        return true
    }

    /// A UTC value in seconds; other forms are not expected in FREEBUSY (RFC 5545 requires UTC).
    private static func seconds(_ value: ICalDateTime) -> Int? {
        guard value.form == .utc else { return nil }
        return Int(icaltime_as_timet(value.libicalTime))
    }
}
