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
/// expanded by libical, EXDATE and RDATE honoured) that is not TRANSPARENT or CANCELLED,
/// and every FREEBUSY period that is not FBTYPE=FREE.
public enum ICalBusyTime {
    /// Busy spans between `from` and `to` (seconds since 1970), sorted.
    public static func spans(in text: String, from: Int, to: Int) throws(ICalError) -> [ICalBusySpan] {
        try withLibical { () throws(ICalError) -> [ICalBusySpan] in
            guard let root = icalparser_parse_string(text) else { throw .notICalendar }
            defer { icalcomponent_free(root) }
            let problems = LibicalReader.problems(in: root)
            if !problems.isEmpty {
                throw .invalid(ICalProblemLocator(source: text).locate(problems))
            }
            let calendars = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT
                ? [root]
                : LibicalReader.children(of: root, kind: ICAL_VCALENDAR_COMPONENT)
            guard !calendars.isEmpty else { throw .notICalendar }
            var collector = SpanCollector(from: from, to: to)
            for calendar in calendars {
                for event in LibicalReader.children(of: calendar, kind: ICAL_VEVENT_COMPONENT) where isBusy(event) {
                    try collector.expand(event)
                }
            }
            for calendar in calendars {
                for freeBusy in LibicalReader.calendars(in: calendar).flatMap(\.freeBusy) {
                    if let start = seconds(freeBusy.start), let end = seconds(freeBusy.end), end > from, start < to {
                        collector.spans.append(ICalBusySpan(start: start, end: end))
                    }
                }
            }
            return collector.spans.sorted()
        }
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

/// Collects the occurrences libical reports for one event at a time.
private struct SpanCollector {
    let from: Int
    let to: Int
    var spans: [ICalBusySpan] = []

    init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Expands RRULE with `icalcomponent_foreach_recurrence`. libical 3.0 reads RDATE values
    /// with a TZID as UTC there, so RDATEs are taken out of a copy and added here in their
    /// own zone. EXDATEs are taken out too and applied here: libical looks each one's zone up
    /// by name (a linear search of every built-in zone) for every occurrence, which made a
    /// class timetable with its holidays cost seconds; here each EXDATE is resolved once.
    mutating func expand(_ event: OpaquePointer) throws(ICalError) {
        guard let copy = icalcomponent_new_clone(event) else { return }
        defer { icalcomponent_free(copy) }
        var excludedStarts: Set<Int> = []
        var excludedDays: Set<Int> = []
        for property in LibicalReader.properties(of: copy, kind: ICAL_EXDATE_PROPERTY) {
            let value = icalproperty_get_exdate(property)
            if value.is_date != 0 {
                excludedDays.insert(Self.dayNumber(value.year, value.month, value.day))
            } else {
                excludedStarts.insert(Int(icaltime_as_timet_with_zone(value, zone(of: property))))
            }
            icalcomponent_remove_property(copy, property)
            icalproperty_free(property)
        }
        let eventZone = Self.startZone(of: copy)
        let recurrenceDates = LibicalReader.properties(of: copy, kind: ICAL_RDATE_PROPERTY)
        var extra: [icaltimetype] = []
        for property in recurrenceDates {
            let value = icalproperty_get_rdate(property)
            var time = icaltime_is_null_time(value.time) == 0 ? value.time : value.period.start
            if let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
               let tzid = icalparameter_get_tzid(parameter),
               let zone = icaltimezone_get_builtin_timezone(tzid) {
                time.zone = zone
            }
            extra.append(time)
            icalcomponent_remove_property(copy, property)
            icalproperty_free(property)
        }
        let window = (icaltime_from_timet_with_zone(time_t(from), 0, icaltimezone_get_utc_timezone()),
                      icaltime_from_timet_with_zone(time_t(to), 0, icaltimezone_get_utc_timezone()))
        var found: [ICalBusySpan] = []
        withUnsafeMutablePointer(to: &found) { pointer in
            icalcomponent_foreach_recurrence(copy, window.0, window.1, { _, span, data in
                guard let span, let data else { return }
                let list = data.assumingMemoryBound(to: [ICalBusySpan].self)
                list.pointee.append(ICalBusySpan(start: Int(span.pointee.start), end: Int(span.pointee.end)))
            }, UnsafeMutableRawPointer(pointer))
        }
        let length = found.first.map { $0.end - $0.start } ?? duration(of: copy)
        for time in extra {
            let start = Int(icaltime_as_timet_with_zone(time, time.zone))
            if start < to, start + length > from {
                found.append(ICalBusySpan(start: start, end: start + length))
            }
        }
        spans += found.filter { span in
            guard span.end > from, span.start < to, span.end > span.start, !excludedStarts.contains(span.start) else { return false }
            guard !excludedDays.isEmpty else { return true }
            // A DATE EXDATE removes every occurrence on that day, in the event's own zone.
            let local = icaltime_from_timet_with_zone(time_t(span.start), 0, eventZone)
            return !excludedDays.contains(Self.dayNumber(local.year, local.month, local.day))
        }
    }

    /// The zone DTSTART is given in, resolved once (UTC for UTC and floating times).
    private static func startZone(of event: OpaquePointer) -> OpaquePointer? {
        guard let property = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY),
              let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
              let tzid = icalparameter_get_tzid(parameter)
        else { return icaltimezone_get_utc_timezone() }
        return icaltimezone_get_builtin_timezone(tzid) ?? icaltimezone_get_utc_timezone()
    }

    /// A civil date as one number (`yyyymmdd`), for comparing dates only.
    private static func dayNumber(_ year: Int32, _ month: Int32, _ day: Int32) -> Int {
        Int(year) * 10_000 + Int(month) * 100 + Int(day)
    }

    private func duration(of event: OpaquePointer) -> Int {
        let span = icalcomponent_get_span(event)
        return max(0, Int(span.end) - Int(span.start))
    }

    private func zone(of property: OpaquePointer) -> OpaquePointer? {
        guard let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
              let tzid = icalparameter_get_tzid(parameter),
              let zone = icaltimezone_get_builtin_timezone(tzid)
        else { return nil }
        return zone
    }
}
