/// A DATE or DATE-TIME value as iCalendar writes it: wall-clock fields plus how
/// they are anchored (a date, floating, UTC, or local time in a named zone).
public struct ICalDateTime: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// How the fields are to be read.
    public enum Form: Sendable, Hashable, Codable {
        /// A whole day (`VALUE=DATE`).
        case date
        /// Local time with no zone attached.
        case floating
        /// Coordinated Universal Time (`Z` suffix).
        case utc
        /// Local wall-clock time in the zone with this TZID.
        case zoned(String)
    }

    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var form: Form

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, form: Form) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.form = form
    }

    /// A whole-day value.
    public static func date(year: Int, month: Int, day: Int) -> ICalDateTime {
        ICalDateTime(year: year, month: month, day: day, form: .date)
    }

    /// The zone identifier, if the value is local time in a named zone.
    public var timeZoneID: String? {
        if case .zoned(let id) = form { return id }
        return nil
    }

    public var isDate: Bool { form == .date }

    /// Orders by the wall-clock fields only; values in different zones compare as if local.
    public static func < (lhs: ICalDateTime, rhs: ICalDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let date = pad(year, 4) + pad(month, 2) + pad(day, 2)
        switch form {
        case .date: return date
        case .floating: return date + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
        case .utc: return date + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2) + "Z"
        case .zoned(let id): return id + ":" + date + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
        }
    }
}
