import CLibical

/// What expanding a file's own VTIMEZONEs will cost libical, estimated before it is done,
/// and the budget one file may spend on it.
///
/// libical turns a VTIMEZONE into its list of changes the first time a time is converted in
/// it, in one call that cannot be interrupted: every RRULE of its STANDARD and DAYLIGHT parts
/// is walked with the recurrence iterator from DTSTART to five years past the latest year
/// converted (and past libical's own today). A real zone changes a few times a year from 1601
/// (Outlook) or 1970: tens of milliseconds. `FREQ=SECONDLY`, or `FREQ=DAILY` from the year 1,
/// would take it minutes. Each rule's walk is estimated in microseconds, from measurements on
/// libical 3.0.16: a yearly step with day rules ≈ 100 µs, a daily or weekly step ≈ 5 µs, a
/// day a rule yields ≈ 0.5 µs, a time of day ≈ 5 µs. A zone is charged when an event first
/// uses it, so zones a file carries but never uses cost nothing.
///
/// Used under the libical lock only.
final class TimeZoneExpansionCost {
    /// Estimated microseconds the zones of one file may cost: some twenty Outlook zones.
    static let budget = 2_000_000.0
    /// The last year libical 3.0 expands a zone to (`ICALTIMEZONE_MAX_YEAR`). A time after
    /// it makes libical expand the whole zone again on every conversion.
    static let libicalLastYear = 2582

    /// One zone of a calendar: its estimated cost and its costliest rule, for the message.
    struct Zone {
        let cost: Double
        let line: Int?
        let rule: String
    }

    private var zones: [[String: Zone]]
    private var charged: Set<[String]> = []
    private var remaining = TimeZoneExpansionCost.budget

    /// The zones of `calendars` (the VCALENDARs parsed from `skeleton`, in order), expanded
    /// through `year`; lines are the skeleton's, turned into the file's by `originalLine`.
    init(calendars: [OpaquePointer], skeleton: String, originalLine: (Int) -> Int, throughYear year: Int) {
        // libical expands at least to its own today plus five years.
        let horizon = min(Self.libicalLastYear, max(year, Int(icaltime_today().year)) + 5)
        let sources = Self.sources(in: skeleton)
        zones = calendars.enumerated().map { calendarIndex, calendar in
            var found: [String: Zone] = [:]
            // libical puts each VTIMEZONE it parses first in its calendar: last in the file first.
            var inFile = calendarIndex < sources.count ? Array(sources[calendarIndex].reversed()) : []
            for timeZone in LibicalReader.children(of: calendar, kind: ICAL_VTIMEZONE_COMPONENT) {
                let source = inFile.isEmpty ? nil : inFile.removeFirst()
                guard let property = icalcomponent_get_first_property(timeZone, ICAL_TZID_PROPERTY),
                      let tzid = icalproperty_get_tzid(property) else { continue }
                let zone = Self.zone(timeZone, source: source, horizon: horizon, originalLine: originalLine)
                let id = String(cString: tzid)
                // Of two zones with one TZID, libical may use either: the costlier counts.
                if zone.cost >= found[id]?.cost ?? 0 { found[id] = zone }
            }
            return found
        }
    }

    /// Charges the zone `id` of the calendar once; refuses it, with its costliest rule's line,
    /// when the file's budget cannot pay for it.
    func charge(_ id: String, calendar: Int) throws(ICalError) {
        guard calendar < zones.count, let zone = zones[calendar][id], charged.insert([String(calendar), id]).inserted else { return }
        guard zone.cost <= remaining else {
            throw .invalid([ICalProblem(
                line: zone.line, property: "RRULE", message: "VTIMEZONE \(id): RRULE \(zone.rule) would take too long to expand",
                kind: .timeZoneTooCostly(zone: id, rule: zone.rule)
            )])
        }
        remaining -= zone.cost
    }

    /// Where a VTIMEZONE is in the text: its BEGIN line and its rules' lines, in order.
    private struct Source {
        let begin: Int
        var rules: [Int] = []
    }

    private static func zone(_ timeZone: OpaquePointer, source: Source?, horizon: Int, originalLine: (Int) -> Int) -> Zone {
        var total = 0.0
        var costliest: (cost: Double, line: Int?, rule: String) = (-1, source.map { originalLine($0.begin) }, "")
        var ruleIndex = 0
        for part in LibicalReader.children(of: timeZone, kind: ICAL_ANY_COMPONENT) {
            let kind = icalcomponent_isa(part)
            guard kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT else { continue }
            let start = icalcomponent_get_first_property(part, ICAL_DTSTART_PROPERTY).map { Int(icalproperty_get_dtstart($0).year) }
            for property in LibicalReader.properties(of: part, kind: ICAL_RRULE_PROPERTY) {
                let line = source.flatMap { ruleIndex < $0.rules.count ? originalLine($0.rules[ruleIndex]) : nil }
                ruleIndex += 1
                // Without DTSTART libical ignores the part.
                guard let start else { continue }
                let cost = Self.cost(of: icalproperty_get_rrule(property), startYear: start, horizon: horizon)
                total += cost
                if cost > costliest.cost {
                    costliest = (cost, line ?? costliest.line, BusyEventExpansion.text(of: property))
                }
            }
        }
        return Zone(cost: total, line: costliest.line, rule: costliest.rule)
    }

    /// Estimated microseconds libical's iterator takes to walk `rule` from `startYear`
    /// through `horizon` (or its UNTIL).
    static func cost(of rule: icalrecurrencetype, startYear: Int, horizon: Int) -> Double {
        var rule = rule
        var end = horizon
        if icaltime_is_null_time(rule.until) == 0 { end = min(end, Int(rule.until.year)) }
        let years = Double(max(0, end - max(0, startYear) + 1))
        let months = BusyEventExpansion.values(&rule.by_month).count
        let dayRules = months > 0 || [
            BusyEventExpansion.values(&rule.by_day), BusyEventExpansion.values(&rule.by_month_day),
            BusyEventExpansion.values(&rule.by_year_day), BusyEventExpansion.values(&rule.by_week_no),
            BusyEventExpansion.values(&rule.by_set_pos),
        ].contains { !$0.isEmpty }
        let timesOfDay = Double(
            max(1, BusyEventExpansion.values(&rule.by_hour).count) * max(1, BusyEventExpansion.values(&rule.by_minute).count)
                * max(1, BusyEventExpansion.values(&rule.by_second).count)
        )
        // Steps a year, microseconds a step, and days one step may yield with day rules.
        let (perYear, stepCost, daysPerStep): (Double, Double, Double) = switch rule.freq {
        case ICAL_YEARLY_RECURRENCE: (1, dayRules ? 100 : 10, months > 0 ? Double(31 * months) : 366)
        case ICAL_MONTHLY_RECURRENCE: (12, dayRules ? 20 : 5, 31)
        case ICAL_WEEKLY_RECURRENCE: (53, 3, 7)
        case ICAL_DAILY_RECURRENCE: (366, 5, 1)
        case ICAL_HOURLY_RECURRENCE: (8_784, 5, 1)
        case ICAL_MINUTELY_RECURRENCE: (527_040, 5, 1)
        default: (31_622_400, 5, 1)
        }
        var steps = years * perYear / Double(max(1, Int(rule.interval)))
        if rule.count > 0, !dayRules, timesOfDay == 1 { steps = min(steps, Double(rule.count)) }
        let occurrences = steps * (dayRules ? daysPerStep : 1) * timesOfDay
        return steps * stepCost + occurrences * (timesOfDay > 1 ? 5 : 0.5)
    }

    /// For each VCALENDAR, every VTIMEZONE directly in it, in the file's order, with the lines
    /// of the RRULEs of its STANDARD and DAYLIGHT parts (libical keeps parts in the file's
    /// order). One pass over the lines.
    private static func sources(in text: String) -> [[Source]] {
        var sources: [[Source]] = []
        var stack: [String] = []
        var number = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            guard let first = rawLine.first, first != " ", first != "\t" else { continue }
            let head = rawLine.prefix(24).uppercased()
            if head.hasPrefix("BEGIN:") {
                let name = String(head.dropFirst(6)).trimmingWhitespace()
                if name == "VCALENDAR", stack.isEmpty || stack == ["XROOT"] { sources.append([]) }
                if name == "VTIMEZONE", stack.last == "VCALENDAR", !sources.isEmpty {
                    sources[sources.count - 1].append(Source(begin: number))
                }
                stack.append(name)
            } else if head.hasPrefix("END:") {
                _ = stack.popLast()
            } else if head.hasPrefix("RRULE:") || head.hasPrefix("RRULE;"),
                      stack.count >= 3, stack[stack.count - 3] == "VCALENDAR", stack[stack.count - 2] == "VTIMEZONE",
                      stack.last == "STANDARD" || stack.last == "DAYLIGHT", let zone = sources.last?.indices.last {
                sources[sources.count - 1][zone].rules.append(number)
            }
        }
        return sources
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
