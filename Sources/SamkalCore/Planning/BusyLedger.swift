/// Who and what is booked when: the record that keeps anyone from being in two places at
/// once. Owners (people, participants, class groups, rooms) are numbered by an
/// `OwnerRegistry`; bookings are kept per owner and day under one integer key, the first
/// few inline so a check touches one hash-table entry and no other memory.
///
/// Every booking names what holds it: a meeting's position in the planning session, or
/// `BusyLedger.imported` for busy time from outside (class timetables, other calendars).
/// That is what lets the planner ask which meetings stand in a slot's way and move them.
///
/// A buffer keeps room between two bookings of the same owner.
struct BusyLedger: Sendable {
    /// What holds a booking that no meeting of the plan holds.
    static let imported: Int32 = -1

    struct Booking: Sendable, Hashable {
        let start: Int
        let end: Int
        /// The position of the meeting that holds it, or `BusyLedger.imported`.
        let meeting: Int32
    }

    /// One owner's bookings on one day: up to three inline, more in the ledger's `spills`
    /// (`spill` is the index there, -1 for none), so a `Day` is plain data and looking one up
    /// copies no array. A booking's start and end (minutes of the day, below 2^15) share one
    /// `Int32`.
    private struct Day: Sendable {
        var times: (Int32, Int32, Int32) = (0, 0, 0)
        var meetings: (Int32, Int32, Int32) = (0, 0, 0)
        var count: Int32 = 0
        var spill: Int32 = -1

        static func pack(_ start: Int, _ end: Int) -> Int32 { Int32(start) << 16 | Int32(end) }

        func inline(_ index: Int) -> Booking {
            let packed: Int32
            let meeting: Int32
            switch index {
            case 0: (packed, meeting) = (times.0, meetings.0)
            case 1: (packed, meeting) = (times.1, meetings.1)
            default: (packed, meeting) = (times.2, meetings.2)
            }
            return Booking(start: Int(packed >> 16), end: Int(packed & 0xFFFF), meeting: meeting)
        }

        mutating func setInline(_ index: Int, _ booking: Booking) {
            let packed = Self.pack(booking.start, booking.end)
            switch index {
            case 0: times.0 = packed; meetings.0 = booking.meeting
            case 1: times.1 = packed; meetings.1 = booking.meeting
            default: times.2 = packed; meetings.2 = booking.meeting
            }
        }

        private static func overlaps(_ packed: Int32, _ start: Int32, _ end: Int32) -> Bool {
            packed >> 16 < end && start < packed & 0xFFFF
        }

        /// The first inline booking overlapping `start..<end`, if any.
        func inlineConflict(_ start: Int, _ end: Int) -> Booking? {
            let from = Int32(start)
            let to = Int32(end)
            if count > 0, Self.overlaps(times.0, from, to) { return inline(0) }
            if count > 1, Self.overlaps(times.1, from, to) { return inline(1) }
            if count > 2, Self.overlaps(times.2, from, to) { return inline(2) }
            return nil
        }
    }

    /// The bookings beyond three of one owner's day, by `Day.spill`.
    private var spills: [[Booking]] = []

    private func conflict(in day: Day, _ start: Int, _ end: Int) -> Booking? {
        if let found = day.inlineConflict(start, end) { return found }
        guard day.count > 3, day.spill >= 0 else { return nil }
        return spills[Int(day.spill)].first { $0.start < end && start < $0.end }
    }

    private mutating func append(_ booking: Booking, to day: inout Day) {
        if day.count < 3 {
            day.setInline(Int(day.count), booking)
        } else if day.spill >= 0 {
            spills[Int(day.spill)].append(booking)
        } else {
            day.spill = Int32(spills.count)
            spills.append([booking])
        }
        day.count += 1
    }

    /// Takes out the first booking equal to `booking`; the last one fills the hole.
    private mutating func remove(_ booking: Booking, from day: inout Day) {
        let count = Int(day.count)
        guard let index = (0..<count).first(where: { self.booking($0, of: day) == booking }) else { return }
        let last = self.booking(count - 1, of: day)
        if index < 3 { day.setInline(index, last) } else { spills[Int(day.spill)][index - 3] = last }
        if count > 3 { spills[Int(day.spill)].removeLast() }
        day.count -= 1
    }

    private var days: [Int: Day] = [:]
    /// Owners that have ever had outside busy time (`imported`) booked, by key.
    private var importedOwners: [Bool] = []
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
        if booking.meeting == Self.imported {
            if owner >= importedOwners.count { importedOwners += [Bool](repeating: false, count: owner + 1 - importedOwners.count) }
            importedOwners[owner] = true
        }
        if let index = denseIndex(owner, day) {
            var entry = dense[index]
            append(booking, to: &entry)
            dense[index] = entry
        } else {
            let key = Self.key(owner, day)
            var entry = days[key] ?? Day()
            append(booking, to: &entry)
            days[key] = entry
        }
    }

    /// One key per owner and day (day numbers stay far below 2^24 for 1900–2200).
    private static func key(_ owner: Int, _ day: Int) -> Int {
        owner << 24 | (day + 8_000_000)
    }

    func isFree(_ owner: Int, on date: LocalDate, from start: Int, to end: Int) -> Bool {
        guard let day = day(owner, date.dayNumber), day.count > 0 else { return true }
        return conflict(in: day, start - bufferMinutes, end + bufferMinutes) == nil
    }

    /// Whether outside busy time has ever been booked for `owner`, on any day.
    func hasImported(_ owner: Int) -> Bool {
        owner < importedOwners.count && importedOwners[owner]
    }

    /// Whether outside busy time touches `owner` on `date` at all.
    func hasImported(_ owner: Int, on date: LocalDate) -> Bool {
        guard let day = day(owner, date.dayNumber), day.count > 0 else { return false }
        for index in 0..<Int(day.count) where booking(index, of: day).meeting == Self.imported { return true }
        return false
    }

    /// The `index`-th booking of a day, inline ones first (no copy of the day's list).
    private func booking(_ index: Int, of day: Day) -> Booking {
        index < 3 ? day.inline(index) : spills[Int(day.spill)][index - 3]
    }

    /// Clears `free[i]` where outside busy time keeps `owner` from `starts[i]` for
    /// `duration` minutes (buffer included): one lookup of the owner's day for every start.
    func clearImported(_ owner: Int, on date: LocalDate, starts: [LocalTime], duration: Int, free: inout [Bool]) {
        guard let day = day(owner, date.dayNumber), day.count > 0 else { return }
        for index in 0..<Int(day.count) {
            let booking = booking(index, of: day)
            guard booking.meeting == Self.imported else { continue }
            for (slot, start) in starts.enumerated() where free[slot] {
                if booking.start < start.minutes + duration + bufferMinutes, start.minutes - bufferMinutes < booking.end { free[slot] = false }
            }
        }
    }

    /// The booking that keeps `owner` from `start..<end` (buffer included), if any.
    func conflict(_ owner: Int, on date: LocalDate, from start: Int, to end: Int) -> Booking? {
        guard let day = day(owner, date.dayNumber), day.count > 0 else { return nil }
        return conflict(in: day, start - bufferMinutes, end + bufferMinutes)
    }

    /// Appends the positions of the meetings that keep `owner` from `start..<end` (buffer
    /// included) to `found`; false if outside busy time does, which no move can free.
    func blockers(_ owner: Int, on date: LocalDate, from start: Int, to end: Int, into found: inout [Int32]) -> Bool {
        guard let day = day(owner, date.dayNumber), day.count > 0 else { return true }
        let from = start - bufferMinutes
        let to = end + bufferMinutes
        for index in 0..<Int(day.count) {
            let booking = booking(index, of: day)
            guard booking.start < to, from < booking.end else { continue }
            if booking.meeting == Self.imported { return false }
            if !found.contains(booking.meeting) { found.append(booking.meeting) }
        }
        return true
    }

    /// The positions of the meetings of the plan booked for `owner` on `date` (outside busy
    /// time not included).
    func meetings(of owner: Int, on date: LocalDate) -> [Int] {
        guard let day = day(owner, date.dayNumber), day.count > 0 else { return [] }
        var found: [Int] = []
        for index in 0..<Int(day.count) {
            let meeting = booking(index, of: day).meeting
            if meeting != Self.imported, !found.contains(Int(meeting)) { found.append(Int(meeting)) }
        }
        return found
    }

    mutating func book(_ owners: [Int], on date: LocalDate, from start: Int, to end: Int, meeting: Int32) {
        for owner in owners {
            append(Booking(start: start, end: end, meeting: meeting), owner: owner, day: date.dayNumber)
        }
    }

    /// Takes back a booking made with `book`, in place.
    mutating func unbook(_ owners: [Int], on date: LocalDate, from start: Int, to end: Int, meeting: Int32) {
        let booking = Booking(start: start, end: end, meeting: meeting)
        for owner in owners {
            if let index = denseIndex(owner, date.dayNumber) {
                var entry = dense[index]
                remove(booking, from: &entry)
                dense[index] = entry
            } else {
                let key = Self.key(owner, date.dayNumber)
                guard var entry = days[key] else { continue }
                remove(booking, from: &entry)
                days[key] = entry
            }
        }
    }

    /// Marks imported busy time (class timetables, other calendars) as taken.
    mutating func block(_ owner: Int, _ intervals: [BusyInterval]) {
        for interval in intervals {
            append(Booking(start: interval.start, end: interval.end, meeting: Self.imported), owner: owner, day: interval.date.dayNumber)
        }
    }
}
