/// An inclusive run of days, `first...last`.
public struct DateSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public let first: LocalDate
    public let last: LocalDate

    /// `nil` if `last` comes before `first`.
    public init?(first: LocalDate, last: LocalDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public func contains(_ date: LocalDate) -> Bool {
        first <= date && date <= last
    }

    public func overlaps(_ other: DateSpan) -> Bool {
        first <= other.last && other.first <= last
    }

    public var dayCount: Int { first.days(until: last) + 1 }

    /// Every day of the span in order.
    public var days: [LocalDate] {
        (0..<dayCount).map { first.adding(days: $0) }
    }

    public var description: String { "\(first)–\(last)" }
}
