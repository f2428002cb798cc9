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

        /// The first booking overlapping `start..<end`, if any.
        func conflict(_ start: Int, _ end: Int) -> Booking? {
            let from = Int32(start)
            let to = Int32(end)
            if count > 0, inline.0 < to, from < inline.1 { return Booking(start: Int(inline.0), end: Int(inline.1)) }
            if count > 1, inline.2 < to, from < inline.3 { return Booking(start: Int(inline.2), end: Int(inline.3)) }
            if count > 2, inline.4 < to, from < inline.5 { return Booking(start: Int(inline.4), end: Int(inline.5)) }
            return count > 3 ? overflow.first { $0.start < end && start < $0.end } : nil
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
    /// Owners `0..<denseOwners` (staff and rooms, the busiest calendars) on the days
    /// `denseFirstDay..<denseFirstDay + denseDays` live in a flat array: one memory access
    /// per check instead of a hash-table probe.
    private let denseOwners: Int
    private let denseFirstDay: Int
    private let denseDays: Int
    private var dense: [Day]

    init(bufferMinutes: Int = 0, denseOwners: Int = 0, denseDays: DateSpan? = nil) {
        self.bufferMinutes = bufferMinutes
        let span = denseDays.map { ($0.first.dayNumber, $0.dayCount) } ?? (0, 0)
        self.denseOwners = span.1 > 0 ? denseOwners : 0
        denseFirstDay = span.0
        self.denseDays = span.1
        dense = [Day](repeating: Day(), count: self.denseOwners * span.1)
    }

    /// The flat-array position of an owner's day, if it is kept there.
    private func denseIndex(_ owner: Int, _ day: Int) -> Int? {
        let offset = day - denseFirstDay
        guard owner < denseOwners, offset >= 0, offset < denseDays else { return nil }
        return owner * denseDays + offset
    }

    private func day(_ owner: Int, _ day: Int) -> Day? {
        if let index = denseIndex(owner, day) { return dense[index] }
        return days[Self.key(owner, day)]
    }

    private mutating func append(_ booking: Booking, owner: Int, day: Int) {
        if let index = denseIndex(owner, day) {
            dense[index].append(booking)
        } else {
            days[Self.key(owner, day), default: Day()].append(booking)
        }
    }

    /// One key per owner and day (day numbers stay far below 2^24 for 1900–2200).
    private static func key(_ owner: Int, _ day: Int) -> Int {
        owner << 24 | (day + 8_000_000)
    }

    func isFree(_ owner: Int, on date: LocalDate, from start: Int, to end: Int) -> Bool {
        guard let day = day(owner, date.dayNumber) else { return true }
        return !day.overlaps(start - bufferMinutes, end + bufferMinutes)
    }

    /// The booking that keeps `owner` from `start..<end` (buffer included), if any.
    func conflict(_ owner: Int, on date: LocalDate, from start: Int, to end: Int) -> Booking? {
        day(owner, date.dayNumber)?.conflict(start - bufferMinutes, end + bufferMinutes)
    }

    mutating func book(_ owners: [Int], on date: LocalDate, from start: Int, to end: Int) {
        for owner in owners {
            append(Booking(start: start, end: end), owner: owner, day: date.dayNumber)
        }
    }

    /// Takes back a booking made with `book`.
    mutating func unbook(_ owners: [Int], on date: LocalDate, from start: Int, to end: Int) {
        for owner in owners {
            guard var bookings = day(owner, date.dayNumber)?.all,
                  let index = bookings.firstIndex(of: Booking(start: start, end: end))
            else { continue }
            bookings.remove(at: index)
            if let position = denseIndex(owner, date.dayNumber) {
                dense[position] = Day(bookings)
            } else {
                days[Self.key(owner, date.dayNumber)] = Day(bookings)
            }
        }
    }

    /// Marks imported busy time (class timetables, other calendars) as taken.
    mutating func block(_ owner: Int, _ intervals: [BusyInterval]) {
        for interval in intervals {
            append(Booking(start: interval.start, end: interval.end), owner: owner, day: interval.date.dayNumber)
        }
    }
}
