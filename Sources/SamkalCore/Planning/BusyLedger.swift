/// Who is booked when: the record that keeps anyone from being in two meetings at once.
///
/// Intervals are in minutes of the local day, keyed by person and day number, so a
/// check costs one dictionary lookup and a scan of that person's few bookings that day.
public struct BusyLedger: Sendable {
    public struct Booking: Sendable, Hashable {
        public let start: Int
        public let end: Int
    }

    private var bookings: [String: [Int: [Booking]]] = [:]

    public init() {}

    public func isFree(_ personID: String, on date: LocalDate, from start: Int, to end: Int) -> Bool {
        guard let day = bookings[personID]?[date.dayNumber] else { return true }
        return !day.contains { $0.start < end && start < $0.end }
    }

    public func areFree(_ personIDs: [String], on date: LocalDate, from start: Int, to end: Int) -> Bool {
        personIDs.allSatisfy { isFree($0, on: date, from: start, to: end) }
    }

    public mutating func book(_ personIDs: [String], on date: LocalDate, from start: Int, to end: Int) {
        for id in personIDs {
            bookings[id, default: [:]][date.dayNumber, default: []].append(Booking(start: start, end: end))
        }
    }

    /// Every booking of `personID` on `date`.
    public func bookings(of personID: String, on date: LocalDate) -> [Booking] {
        bookings[personID]?[date.dayNumber] ?? []
    }
}
