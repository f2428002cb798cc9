/// Who and what is booked when: the record that keeps anyone from being in two places at
/// once. Owners are people, participants, class groups and rooms.
///
/// Intervals are in minutes of the local day, kept per owner and day, so a check costs a
/// lookup and a scan of that owner's few bookings that day. A buffer keeps room between
/// two bookings of the same owner.
public struct BusyLedger: Sendable {
    public struct Booking: Sendable, Hashable {
        public let start: Int
        public let end: Int
    }

    private var bookings: [String: [Int: [Booking]]] = [:]
    public let bufferMinutes: Int

    public init(bufferMinutes: Int = 0) {
        self.bufferMinutes = bufferMinutes
    }

    public func isFree(_ owner: String, on date: LocalDate, from start: Int, to end: Int) -> Bool {
        guard let day = bookings[owner]?[date.dayNumber] else { return true }
        let paddedStart = start - bufferMinutes
        let paddedEnd = end + bufferMinutes
        return !day.contains { $0.start < paddedEnd && paddedStart < $0.end }
    }

    public func areFree(_ owners: [String], on date: LocalDate, from start: Int, to end: Int) -> Bool {
        owners.allSatisfy { isFree($0, on: date, from: start, to: end) }
    }

    public mutating func book(_ owners: [String], on date: LocalDate, from start: Int, to end: Int) {
        for owner in owners {
            bookings[owner, default: [:]][date.dayNumber, default: []].append(Booking(start: start, end: end))
        }
    }

    /// Marks imported busy time (class timetables, other calendars) as taken.
    public mutating func block(_ owner: String, _ intervals: [BusyInterval]) {
        for interval in intervals {
            bookings[owner, default: [:]][interval.date.dayNumber, default: []]
                .append(Booking(start: interval.start, end: interval.end))
        }
    }

    /// Every booking of `owner` on `date`.
    public func bookings(of owner: String, on date: LocalDate) -> [Booking] {
        bookings[owner]?[date.dayNumber] ?? []
    }
}
