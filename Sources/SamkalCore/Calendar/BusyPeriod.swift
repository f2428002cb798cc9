/// An instant span someone is busy, in seconds since 1970 (UTC), as imported from a calendar.
public struct BusyPeriod: Sendable, Hashable, Codable, Comparable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public static func < (lhs: BusyPeriod, rhs: BusyPeriod) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension ZonedTime {
    /// Imported busy periods as the planner's local intervals, by owner.
    public func busyIntervals(_ periods: [String: [BusyPeriod]]) -> [String: [BusyInterval]] {
        periods.mapValues { list in list.flatMap { busyIntervals(from: $0.start, to: $0.end) } }
    }
}
