/// Rescuing an unplaced meeting by packing one person's day tighter. A full day can still
/// have room: six 45-minute meetings on the hour from 09:00 leave no gap for a seventh,
/// while the same six from 08:30 do. Moving single meetings never finds that; laying all of
/// one person's meetings of the day out again, end to end, does. The meetings stay on their
/// day, so only the preferred time can be lost, and only so that a meeting takes place.
extension PlanningSession {
    /// Meetings of one person's day laid out again together at most.
    static let repackLimit = 10
    /// Slots tried laying out one day at most: most days that have a layout show it early.
    static let probesPerLayout = 400

    /// Places the unplaced meeting at `position` on the nearest day where laying out one of
    /// its people's meetings of that day again makes room. Either it is placed (and the
    /// others of that day are), or nothing changed.
    mutating func repack(_ position: Int, budgetEnd: Int, journal: inout [(position: Int, slot: SearchSlot?)]) -> Bool {
        guard let item = requests[position], slots[position] == nil else { return false }
        var walk = DistanceWalk(calendar: calendar, request: item, inside: search.plannedRange)
        while let level = walk.next() {
            for day in [level.first] + (level.second.map { [$0] } ?? []) {
                for key in item.checkedKeys {
                    guard probes < budgetEnd else { return false }
                    if repack(position, on: day, around: key, budgetEnd: budgetEnd, journal: &journal) { return true }
                }
            }
        }
        return false
    }

    /// One day and one person whose day leaves the meeting no start: that person's movable
    /// meetings of the day are taken out and, with the unplaced one, laid out again in some
    /// order, each at the earliest start after the one before where it fits everyone it
    /// needs. For a given order no other start can leave more room for the rest (as long as
    /// the meetings share no one else), so trying orders depth first, cut off when what is
    /// left cannot fit in what is left of the day, finds a layout where one exists and the
    /// budget allows.
    private mutating func repack(
        _ position: Int, on day: LocalDate, around key: Int, budgetEnd: Int, journal: inout [(position: Int, slot: SearchSlot?)]
    ) -> Bool {
        guard let item = requests[position], !item.isBlocked(day), isFull(key, on: day, for: item) else { return false }
        // Outside busy time, the agreement's meetings and stored ones that keep their slot stay.
        let held = ledger.meetings(of: key, on: day).filter { $0 != position && movable[$0] && slots[$0] != nil }
        guard !held.isEmpty, held.count <= Self.repackLimit else { return false }
        let row = held.sorted { (slots[$0]?.start.minutes ?? 0, $0) < (slots[$1]?.start.minutes ?? 0, $1) } + [position]
        let mark = journal.count
        for other in held { move(other, to: nil, journal: &journal) }
        var failed = Set<Int>()
        let dayEnd = min(budgetEnd, probes + Self.probesPerLayout)
        if layOut(row, left: (1 << row.count) - 1, notBefore: 0, on: day, budgetEnd: dayEnd, failed: &failed, journal: &journal) {
            return true
        }
        rollBack(to: mark, journal: &journal)
        return false
    }

    /// Lays out the meetings of `row` whose bits are set in `left`, none starting before
    /// `notBefore` (minutes); true with all of them placed, else nothing of theirs booked.
    // swiftlint:disable:next function_parameter_count
    private mutating func layOut(
        _ row: [Int], left: Int, notBefore: Int, on day: LocalDate, budgetEnd: Int, failed: inout Set<Int>,
        journal: inout [(position: Int, slot: SearchSlot?)]
    ) -> Bool {
        guard left != 0 else { return true }
        let state = left << 12 | notBefore
        guard probes < budgetEnd, !failed.contains(state) else { return false }
        let buffer = ledger.bufferMinutes
        let hours = calendar.workingHours
        // What is left, end to end from the first start the grid allows, must end in the day.
        let first = hours.start.minutes + max(0, notBefore - hours.start.minutes + 14) / 15 * 15
        let needed = row.indices.filter { left & (1 << $0) != 0 }.reduce(-buffer) { total, index in
            total + (requests[row[index]]?.durationMinutes ?? 0) + buffer
        }
        guard first + needed <= hours.end.minutes else {
            failed.insert(state)
            return false
        }
        for index in row.indices where left & (1 << index) != 0 {
            guard let item = requests[row[index]], let slot = earliest(row[index], on: day, notBefore: notBefore) else { continue }
            let mark = journal.count
            move(row[index], to: slot, journal: &journal)
            let next = slot.start.minutes + item.durationMinutes + buffer
            if layOut(row, left: left & ~(1 << index), notBefore: next, on: day, budgetEnd: budgetEnd, failed: &failed, journal: &journal) {
                return true
            }
            rollBack(to: mark, journal: &journal)
        }
        failed.insert(state)
        return false
    }

    /// The earliest slot of the day from `notBefore` (minutes) where the meeting fits now.
    private mutating func earliest(_ position: Int, on day: LocalDate, notBefore: Int) -> SearchSlot? {
        guard let item = requests[position], !item.isBlocked(day), item.window.contains(day) else { return nil }
        for time in search.startTimes(preferred: item.preferredTime, duration: item.durationMinutes).sorted() where time.minutes >= notBefore {
            probes += 1
            if case .success(let fit) = search.fit(item, on: day, at: time, ledger: ledger, spread: item.spread) {
                return search.slot(item, day, time, fit)
            }
        }
        return nil
    }

    /// Whether `key` alone leaves the meeting no start on the day: only then can laying out
    /// that person's day again be what makes room.
    private func isFull(_ key: Int, on day: LocalDate, for item: MeetingRequest) -> Bool {
        let times = search.startTimes(preferred: item.preferredTime, duration: item.durationMinutes)
        return !times.contains { ledger.conflict(key, on: day, from: $0.minutes, to: $0.minutes + item.durationMinutes) == nil }
    }
}
