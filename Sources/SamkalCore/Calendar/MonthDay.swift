/// A day of the year without the year (`MM-DD`), for windows that recur every year.
public struct MonthDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let month: Int
    public let day: Int

    /// Any day that exists in some year; 29 February is allowed (it falls back to 28 February).
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: 2000) else {
            return nil
        }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let month = Int(parts[0]), let day = Int(parts[1])
        else { return nil }
        self.init(month: month, day: day)
    }

    /// This day in `year` (29 February becomes 28 February in common years).
    public func date(in year: Int) -> LocalDate {
        let clamped = min(day, LocalDate.daysIn(month: month, year: year))
        return LocalDate(year: year, month: month, day: clamped)!
    }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool {
        (lhs.month, lhs.day) < (rhs.month, rhs.day)
    }

    public var description: String { LocalDate.pad(month, 2) + "-" + LocalDate.pad(day, 2) }
}

extension MonthDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = MonthDay(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a month-day: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
