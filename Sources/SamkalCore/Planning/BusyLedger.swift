/// Who and what is booked when: the record that keeps anyone from being in two places at
/// once. Owners (people, participants, class groups, rooms) are numbered by an
/// `OwnerRegistry`; bookings are kept per owner and day under one integer key, the first
/// few inline so a check touches one hash-table entry and no other memory.
///
/// A buffer keeps room between two bookings of the same owner.
struct BusyLedger: Sendable {
    struct Booking: Sendable, Hashable {
        let start: Int
        let end: Int
    }

    /// One owner's bookings on one day: up to three inline, more in `overflow`.
    private struct Day: Sendable {
        var inline: (Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0)
        var count = 0
        var overflow: [Booking] = []

        var all: [Booking] {
            var result: [Booking] = []
            if count > 0 { result.append(Booking(start: Int(inline.0), end: Int(inline.1))) }
            if count > 1 { result.append(Booking(start: Int(inline.2), end: Int(inline.3))) }
            if count > 2 { result.append(Booking(start: Int(inline.4), end: Int(inline.5))) }
            return result + overflow
        }

        init() {}

        init(_ bookings: [Booking]) {
            for booking in bookings { append(booking) }
        }

        mutating func append(_ booking: Booking) {
            switch count {
            case 0: inline.0 = Int32(booking.start); inline.1 = Int32(booking.end)
            case 1: inline.2 = Int32(booking.start); inline.3 = Int32(booking.end)
            case 2: inline.4 = Int32(booking.start); inline.5 = Int32(booking.end)
            default: overflow.append(booking)
            }
            count += 1
        }

        func overlaps(_ start: Int, _ end: Int) -> Bool {
            let start = Int32(start)
            let end = Int32(end)
            if count > 0, inline.0 < end, start < inline.1 { return true }
            if count > 1, inline.2 < end, start < inline.3 { return true }
            if count > 2, inline.4 < end, start < inline.5 { return true }
            return count > 3 && overflow.contains { Int32($0.start) < end && start < Int32($0.end) }
        }
    }

    private var days: [Int: Day] = [:]
    let bufferMinutes: Int

    init(bufferMinutes: Int = 0) {
        self.bufferMinutes = bufferMinutes
    }

    /// One key per owner and day (day numbers stay far below 2^24 for 1900–2200).
    private static func key(_ owner: Int, _ day: Int) -> Int {
        owner << 24 | (day + 8_000_000)
    }

    func isFree(_ owner: Int, on date: LocalDate, from start: Int, to end: Int) -> Bool {
        guard let day = days[Self.key(owner, date.dayNumber)] else { return true }
        return !day.overlaps(start - bufferMinutes, end + bufferMinutes)
    }

    mutating func book(_ owners: [Int], on date: LocalDate, from start: Int, to end: Int) {
        for owner in owners {
            days[Self.key(owner, date.dayNumber), default: Day()].append(Booking(start: start, end: end))
        }
    }

    /// Takes back a booking made with `book`.
    mutating func unbook(_ owners: [Int], on date: LocalDate, from start: Int, to end: Int) {
        for owner in owners {
            let key = Self.key(owner, date.dayNumber)
            guard var bookings = days[key]?.all, let index = bookings.firstIndex(of: Booking(start: start, end: end)) else { continue }
            bookings.remove(at: index)
            days[key] = Day(bookings)
        }
    }

    /// Marks imported busy time (class timetables, other calendars) as taken.
    mutating func block(_ owner: Int, _ intervals: [BusyInterval]) {
        for interval in intervals {
            days[Self.key(owner, interval.date.dayNumber), default: Day()].append(Booking(start: interval.start, end: interval.end))
        }
    }
}
