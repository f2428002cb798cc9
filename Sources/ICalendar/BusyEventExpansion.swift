import CLibical

/// Expands one VEVENT into the busy spans it gives in a window, in bounded work.
///
/// The recurrence rules are walked with libical's `icalrecur_iterator` directly (not
/// `icalcomponent_foreach_recurrence`, which in libical 3.0 can walk a short event's COUNT
/// rule without end), so every step is counted: beyond `maximumOccurrences` the event is
/// refused with its RRULE's line. Every time value is checked (a real date, a known zone)
/// and an event without a start, or ending before it starts, is an error with its line.
///
/// Times are converted in their zone only up to `lastZonedYear`, the year after the window:
/// libical expands a zone's rules through the year 2582 at most, and converting a later time
/// makes it expand the whole zone again on every call (≈ 12 ms each for Europe/Oslo). A time
/// after that year is beyond the window whatever its offset, and is converted as UTC. Each
/// zone is expanded once, through that year, before its first use; a zone of the file is
/// first charged to the file's `TimeZoneExpansionCost`. Callers hold the libical lock.
struct BusyEventExpansion {
    /// Occurrences one rule may give before the window ends: far more than a timetable
    /// of years has, far fewer than a rule such as FREQ=SECONDLY gives.
    static let maximumOccurrences = 100_000
    /// Steps libical may take inside one rule (at the rule's frequency) before a sub-daily
    /// rule is refused as too costly to expand.
    static let maximumSteps = 2_000_000

    /// How far before the window a recurrence is looked for (a year and a month).
    static let longestLookBack = 400 * 86_400

    let from: Int
    let to: Int
    /// The zone of floating times and dates: the agreement's.
    let floatingZone: OpaquePointer?
    /// The VCALENDAR the events are in, for the VTIMEZONEs it carries, and its place in the file.
    let calendar: OpaquePointer
    let calendarIndex: Int
    /// What the file's own zones may still cost to expand.
    let zoneCost: TimeZoneExpansionCost
    /// The last year whose local times are converted in their zone (later ones as UTC), and
    /// the first instant converted to local time as UTC.
    let lastZonedYear: Int
    private let zonedUntil: Int
    private var zones: [String: OpaquePointer] = [:]

    init(from: Int, to: Int, floatingZone: OpaquePointer?, calendar: OpaquePointer, calendarIndex: Int, zoneCost: TimeZoneExpansionCost) {
        self.from = from
        self.to = to
        self.floatingZone = floatingZone
        self.calendar = calendar
        self.calendarIndex = calendarIndex
        self.zoneCost = zoneCost
        lastZonedYear = Self.lastZonedYear(to: to)
        // Two days before the next year begins in UTC: still in `lastZonedYear` in every zone.
        zonedUntil = Int(icaltime_as_timet(Self.firstDay(of: lastZonedYear + 1))) - 2 * 86_400
        Self.expand(floatingZone, through: lastZonedYear)
    }

    /// The year after the one `to` is in (in UTC), and never after 2500.
    static func lastZonedYear(to: Int) -> Int {
        let utc = icaltime_from_timet_with_zone(time_t(min(max(to, 0), 16_725_225_600)), 0, icaltimezone_get_utc_timezone())
        return min(Int(utc.year) + 1, 2_500)
    }

    /// A time value resolved to its zone: the fields libical iterates in, and the zone.
    private struct ZonedValue {
        var time: icaltimetype
        let zone: OpaquePointer?
    }

    /// The instant of a zoned value; after `lastZonedYear` as if it were UTC.
    private func instant(_ value: ZonedValue) -> Int {
        let zone = value.time.year > lastZonedYear ? icaltimezone_get_utc_timezone() : value.zone
        return Int(icaltime_as_timet_with_zone(value.time, zone))
    }

    /// The local time of an instant in a zone; from `zonedUntil` on, in UTC.
    private func localTime(_ seconds: Int, in zone: OpaquePointer?) -> icaltimetype {
        icaltime_from_timet_with_zone(time_t(seconds), 0, seconds >= zonedUntil ? icaltimezone_get_utc_timezone() : zone)
    }

    /// Makes libical expand a zone's changes through `year` now, once, instead of again each
    /// time a conversion reaches a few years further.
    private static func expand(_ zone: OpaquePointer?, through year: Int) {
        guard let zone else { return }
        _ = icaltime_as_timet_with_zone(firstDay(of: year), zone)
    }

    private static func firstDay(of year: Int) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(year)
        time.month = 1
        time.day = 1
        return time
    }

    /// How long each occurrence lasts: whole days (for DATE events, so that a day across a
    /// change to or from summer time is still a day) or seconds.
    private enum Length {
        case days(Int)
        case seconds(Int)
    }

    mutating func spans(of event: OpaquePointer, lines: ICalSourceMap.EventLines, warnings: inout [ICalProblem]) throws(ICalError) -> [ICalBusySpan] {
        guard let startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY) else {
            throw .invalid([ICalProblem(line: lines.begin, property: "DTSTART", message: "VEVENT without DTSTART", kind: .eventWithoutStart)])
        }
        let start = try value(icalproperty_get_dtstart(startProperty), of: startProperty, name: "DTSTART", lines: lines)
        guard let length = try length(of: event, start: start, lines: lines) else {
            warnings.append(ICalProblem(line: lines.begin, property: "DTEND", message: "VEVENT without length (no DTEND or DURATION after DTSTART): not busy", kind: .withoutLength))
            return []
        }
        let longest = switch length {
        case .days(let days): days * 86_400 + 7_200
        case .seconds(let seconds): seconds
        }

        // DTSTART is always an occurrence (RFC 5545); duplicates from the rules are dropped below.
        var starts: [ZonedValue] = [start]
        for rule in LibicalReader.properties(of: event, kind: ICAL_RRULE_PROPERTY) {
            try recurrences(of: icalproperty_get_rrule(rule), property: rule, name: "RRULE", start: start, longest: longest, lines: lines) {
                starts.append($0)
            }
        }
        for property in LibicalReader.properties(of: event, kind: ICAL_RDATE_PROPERTY) {
            let rdate = icalproperty_get_rdate(property)
            let time = icaltime_is_null_time(rdate.time) == 0 ? rdate.time : rdate.period.start
            starts.append(try value(time, of: property, name: "RDATE", lines: lines))
        }

        var excludedStarts: Set<Int> = []
        var excludedDays: Set<Int> = []
        for property in LibicalReader.properties(of: event, kind: ICAL_EXDATE_PROPERTY) {
            let excluded = try value(icalproperty_get_exdate(property), of: property, name: "EXDATE", lines: lines)
            if excluded.time.is_date != 0 {
                excludedDays.insert(Self.dayNumber(excluded.time))
            } else {
                excludedStarts.insert(instant(excluded))
            }
        }
        var excludedOccurrences: [ZonedValue] = []
        for rule in LibicalReader.properties(of: event, kind: ICAL_EXRULE_PROPERTY) {
            try recurrences(of: icalproperty_get_exrule(rule), property: rule, name: "EXRULE", start: start, longest: longest, lines: lines) {
                excludedOccurrences.append($0)
            }
        }
        excludedStarts.formUnion(excludedOccurrences.map(instant))

        var seen: Set<Int> = []
        var spans: [ICalBusySpan] = []
        for occurrence in starts {
            let begin = instant(occurrence)
            guard seen.insert(begin).inserted, !excludedStarts.contains(begin) else { continue }
            if !excludedDays.isEmpty, excludedDays.contains(Self.dayNumber(localTime(begin, in: start.zone))) { continue }
            let end: Int
            switch length {
            case .days(let days):
                var last = occurrence.time
                icaltime_adjust(&last, Int32(days), 0, 0, 0)
                end = instant(ZonedValue(time: last, zone: occurrence.zone))
            case .seconds(let seconds):
                end = begin + seconds
            }
            // Clipped to the window: a busy time of decades is busy only where it matters.
            if end > from, begin < to, end > begin {
                spans.append(ICalBusySpan(start: max(begin, from), end: min(end, to)))
            }
        }
        return spans
    }

    /// The occurrences of one RRULE (or EXRULE) that can reach the window, counted.
    private mutating func recurrences(
        of rule: icalrecurrencetype, property: OpaquePointer, name: String, start: ZonedValue,
        longest: Int, lines: ICalSourceMap.EventLines, _ found: (ZonedValue) -> Void
    ) throws(ICalError) {
        let line = lines.line(of: name)
        let first = instant(start)
        guard first < to else { return }
        // Occurrences that began up to this long before the window may reach into it; a
        // recurring event longer than a year is looked back for a year only.
        let earliest = from - min(longest, Self.longestLookBack)
        // A rule that began before the window (and is not counted) is resumed at the window:
        // converting each early occurrence to an instant would make libical expand the
        // zone's rules year by year back to DTSTART.
        let fastForward = rule.count == 0 && earliest > first
        try checkCost(of: rule, property: property, name: name, walkingFrom: fastForward ? earliest : first, line: line)
        guard Self.someDayMatches(rule), let iterator = icalrecur_iterator_new(rule, start.time) else {
            throw .invalid([ICalProblem(line: line, property: name, message: "\(name) cannot be expanded: \(Self.text(of: property))", kind: .cannotExpand(Self.text(of: property)))])
        }
        defer { icalrecur_iterator_free(iterator) }
        var resumed = false
        if fastForward {
            var resume = localTime(earliest, in: start.zone)
            resume.is_date = start.time.is_date
            if resume.is_date != 0 { resume.hour = 0; resume.minute = 0; resume.second = 0 }
            resumed = icalrecur_iterator_set_start(iterator, resume) != 0
        }
        if !resumed {
            try checkCost(of: rule, property: property, name: name, walkingFrom: first, line: line)
        }
        // Occurrences are compared by their local fields first, a day either side of the
        // window, and only those near or in it are converted to instants.
        let before = Self.fieldKey(localTime(earliest - 86_400, in: start.zone))
        let after = Self.fieldKey(localTime(to + 86_400, in: start.zone))
        var produced = 0
        while true {
            let next = icalrecur_iterator_next(iterator)
            guard icaltime_is_null_time(next) == 0 else { return }
            let key = Self.fieldKey(next)
            guard key < after else { return }
            produced += 1
            if produced > Self.maximumOccurrences {
                throw .tooManyOccurrences(line: line, rule: Self.text(of: property), limit: Self.maximumOccurrences)
            }
            guard key >= before else { continue }
            let occurrence = ZonedValue(time: next, zone: start.zone)
            let seconds = instant(occurrence)
            guard seconds < to else { return }
            if seconds >= earliest { found(occurrence) }
        }
    }

    /// A time's fields as one number that orders like the time (for one zone).
    private static func fieldKey(_ time: icaltimetype) -> Int {
        let date = Int(time.year) * 10_000 + Int(time.month) * 100 + Int(time.day)
        return date * 1_000_000 + Int(time.hour) * 10_000 + Int(time.minute) * 100 + Int(time.second)
    }

    /// Refuses a sub-daily rule whose walk to the window's end would take libical more
    /// than `maximumSteps` steps: FREQ=SECONDLY over months, MINUTELY over years.
    private func checkCost(of rule: icalrecurrencetype, property: OpaquePointer, name: String, walkingFrom: Int, line: Int) throws(ICalError) {
        var rule = rule
        let filters = [
            Self.entries(&rule.by_day), Self.entries(&rule.by_month_day), Self.entries(&rule.by_year_day),
            Self.entries(&rule.by_week_no), Self.entries(&rule.by_month), Self.entries(&rule.by_set_pos),
        ].contains { $0 > 0 }
        let steps: Double
        switch rule.freq {
        case ICAL_SECONDLY_RECURRENCE, ICAL_MINUTELY_RECURRENCE, ICAL_HOURLY_RECURRENCE:
            let limitedByCount = rule.count > 0 && !filters
            let walk = Self.steps(rule, from: walkingFrom, to: to)
            // A rule that only filters may walk on past the window looking for a match.
            let multiplier = Double(max(1, Self.entries(&rule.by_second)) * max(1, Self.entries(&rule.by_minute)) * max(1, Self.entries(&rule.by_hour)))
            steps = limitedByCount ? min(walk, Double(rule.count)) * multiplier : walk * multiplier * (filters ? 4 : 1)
        default:
            steps = 0
        }
        if steps > Double(Self.maximumSteps) {
            throw .tooManyOccurrences(line: line, rule: Self.text(of: property), limit: Self.maximumOccurrences)
        }
    }

    /// Whether any day can satisfy the rule's BYMONTH, BYMONTHDAY, BYYEARDAY and BYDAY
    /// together (28 years hold every combination of weekday and date). libical walks a rule
    /// no day satisfies — `BYMONTH=2;BYMONTHDAY=30` — until the year 2582, step by step.
    static func someDayMatches(_ rule: icalrecurrencetype) -> Bool {
        var rule = rule
        let monthDays = Self.values(&rule.by_month_day)
        let yearDays = Self.values(&rule.by_year_day)
        guard !monthDays.isEmpty || !yearDays.isEmpty else { return true }
        let months = Set(Self.values(&rule.by_month))
        // BYDAY entries encode the weekday (1 = Sunday) plus 8 × the ordinal.
        let weekdays = Set(Self.values(&rule.by_day).map { (abs($0) % 8) })
        for year in 2024..<2052 {
            let length = icaltime_days_in_year(Int32(year))
            var time = icaltime_null_date()
            time.year = Int32(year)
            time.month = 1
            time.day = 1
            for yearDay in 1...Int(length) {
                let month = Int(time.month), day = Int(time.day)
                let monthLength = Int(icaltime_days_in_month(time.month, time.year))
                let matchesMonth = months.isEmpty || months.contains(month)
                let matchesMonthDay = monthDays.isEmpty || monthDays.contains(day) || monthDays.contains(day - monthLength - 1)
                let matchesYearDay = yearDays.isEmpty || yearDays.contains(yearDay) || yearDays.contains(yearDay - Int(length) - 1)
                let matchesWeekday = weekdays.isEmpty || weekdays.contains(Int(icaltime_day_of_week(time)))
                if matchesMonth, matchesMonthDay, matchesYearDay, matchesWeekday { return true }
                icaltime_adjust(&time, 1, 0, 0, 0)
            }
        }
        return false
    }

    /// Steps of the rule's frequency from `from` to `to`.
    private static func steps(_ rule: icalrecurrencetype, from: Int, to: Int) -> Double {
        let step: Double = switch rule.freq {
        case ICAL_SECONDLY_RECURRENCE: 1
        case ICAL_MINUTELY_RECURRENCE: 60
        case ICAL_HOURLY_RECURRENCE: 3_600
        case ICAL_DAILY_RECURRENCE: 86_400
        case ICAL_WEEKLY_RECURRENCE: 604_800
        case ICAL_MONTHLY_RECURRENCE: 28 * 86_400
        default: 365 * 86_400
        }
        return Double(max(0, to - from)) / (step * Double(max(1, Int(rule.interval)))) + 1
    }

    /// How long the event lasts, from DTEND or DURATION; an end before the start is an error.
    /// `nil` when the event has no length (and so gives no busy time).
    private mutating func length(of event: OpaquePointer, start: ZonedValue, lines: ICalSourceMap.EventLines) throws(ICalError) -> Length? {
        if let endProperty = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY) {
            let end = try value(icalproperty_get_dtend(endProperty), of: endProperty, name: "DTEND", lines: lines)
            let seconds = instant(end) - instant(start)
            guard seconds >= 0 else {
                throw .invalid([ICalProblem(line: lines.line(of: "DTEND"), property: "DTEND", message: "DTEND is before DTSTART", kind: .endsBeforeStart)])
            }
            if start.time.is_date != 0, end.time.is_date != 0 {
                let days = Int(icaltime_day_of_year(end.time)) - Int(icaltime_day_of_year(start.time))
                    + 365 * Int(end.time.year - start.time.year)
                    + Self.leapDays(from: Int(start.time.year), to: Int(end.time.year))
                return days > 0 ? .days(days) : nil
            }
            return seconds > 0 ? .seconds(seconds) : nil
        }
        if let durationProperty = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY) {
            let duration = icalproperty_get_duration(durationProperty)
            if duration.is_neg != 0 {
                throw .invalid([ICalProblem(line: lines.line(of: "DURATION"), property: "DURATION", message: "DURATION is negative", kind: .endsBeforeStart)])
            }
            // In 64 bits: libical's icaldurationtype_as_int overflows past 68 years.
            let seconds = ((Int(duration.weeks) * 7 + Int(duration.days)) * 24 + Int(duration.hours)) * 3_600
                + Int(duration.minutes) * 60 + Int(duration.seconds)
            if start.time.is_date != 0, seconds % 86_400 == 0 { return seconds > 0 ? .days(seconds / 86_400) : nil }
            return seconds > 0 ? .seconds(seconds) : nil
        }
        // RFC 5545: a DATE start without an end lasts the day; a date-time start, no time.
        return start.time.is_date != 0 ? .days(1) : nil
    }

    /// A time value of a property, checked (a real date and time) and with its zone.
    private mutating func value(_ time: icaltimetype, of property: OpaquePointer, name: String, lines: ICalSourceMap.EventLines) throws(ICalError) -> ZonedValue {
        let line = lines.line(of: name)
        let validDate = time.year >= 1 && time.year <= 9999 && time.month >= 1 && time.month <= 12
            && time.day >= 1 && time.day <= icaltime_days_in_month(time.month, time.year)
        let validTime = time.is_date != 0 || (time.hour >= 0 && time.hour < 24 && time.minute >= 0 && time.minute < 60 && time.second >= 0 && time.second <= 60)
        guard icaltime_is_null_time(time) == 0, validDate, validTime else {
            throw .invalid([ICalProblem(line: line, property: name, message: "\(name) is not a real date or time: \(Self.text(of: property))", kind: .impossibleValue(Self.text(of: property)))])
        }
        var zoned = time
        if time.is_date == 0, icaltime_is_utc(time) != 0 {
            return ZonedValue(time: zoned, zone: icaltimezone_get_utc_timezone())
        }
        if let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER), let tzid = icalparameter_get_tzid(parameter) {
            let id = String(cString: tzid)
            guard let zone = try resolve(id) else {
                throw .invalid([ICalProblem(line: line, property: name, message: "unknown time zone \(id): not in the zone database and no VTIMEZONE for it in the file", kind: .unknownTimeZone(id))])
            }
            zoned.zone = zone
            return ZonedValue(time: zoned, zone: zone)
        }
        zoned.zone = floatingZone
        return ZonedValue(time: zoned, zone: floatingZone)
    }

    /// A TZID: a VTIMEZONE of the file first (as Outlook writes them, charged to the file's
    /// budget), then the zone database; each looked up and expanded once.
    private mutating func resolve(_ id: String) throws(ICalError) -> OpaquePointer? {
        if let zone = zones[id] { return zone }
        let zone: OpaquePointer?
        if let own = icalcomponent_get_timezone(calendar, id) {
            try zoneCost.charge(id, calendar: calendarIndex)
            zone = own
        } else {
            zone = icaltimezone_get_builtin_timezone(id)
        }
        guard let zone else { return nil }
        Self.expand(zone, through: lastZonedYear)
        zones[id] = zone
        return zone
    }

    /// A civil date as one number (`yyyymmdd`), for comparing dates only.
    private static func dayNumber(_ time: icaltimetype) -> Int {
        Int(time.year) * 10_000 + Int(time.month) * 100 + Int(time.day)
    }

    private static func leapDays(from startYear: Int, to endYear: Int) -> Int {
        guard endYear > startYear else { return 0 }
        func leaps(before year: Int) -> Int { (year - 1) / 4 - (year - 1) / 100 + (year - 1) / 400 }
        return leaps(before: endYear) - leaps(before: startYear)
    }

    /// The property's value as the file gives it, for messages.
    static func text(of property: OpaquePointer) -> String {
        guard let pointer = icalproperty_get_value_as_string_r(property) else { return "" }
        defer { icalmemory_free_buffer(pointer) }
        return String(String(cString: pointer).prefix(200))
    }

    /// Entries of one of libical's BY… arrays (ended by ICAL_RECURRENCE_ARRAY_MAX).
    private static func entries<Tuple>(_ array: inout Tuple) -> Int {
        values(&array).count
    }

    static func values<Tuple>(_ array: inout Tuple) -> [Int] {
        withUnsafeBytes(of: &array) { raw in
            raw.bindMemory(to: Int16.self).prefix { $0 != Int16(ICAL_RECURRENCE_ARRAY_MAX.rawValue) }.map(Int.init)
        }
    }
}
