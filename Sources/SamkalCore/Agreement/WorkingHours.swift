/// The part of a working day in which meetings may be placed (e.g. 08:30–15:00).
public struct WorkingHours: Sendable, Hashable, Codable {
    public let start: LocalTime
    public let end: LocalTime

    public init?(start: LocalTime, end: LocalTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    public var minutes: Int { end.minutes - start.minutes }

    /// Whether a meeting from `time` lasting `duration` minutes lies inside.
    public func contains(time: LocalTime, duration: Int) -> Bool {
        time >= start && time.minutes + duration <= end.minutes
    }
}
