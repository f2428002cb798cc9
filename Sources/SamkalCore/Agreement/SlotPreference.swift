/// When and where a rule's meetings should be held, if possible.
public struct SlotPreference: Sendable, Hashable, Codable {
    /// The preferred weekday; any meeting weekday when `nil`.
    public let weekday: Weekday?
    public let time: LocalTime
    public let durationMinutes: Int
    public let location: String

    public init(weekday: Weekday?, time: LocalTime, durationMinutes: Int, location: String) {
        self.weekday = weekday
        self.time = time
        self.durationMinutes = durationMinutes
        self.location = location
    }
}
