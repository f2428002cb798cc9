/// The search for meetings about a participant, by cost (`Ranking`): slots are tried in
/// the order of the objective — working days from the nominal day, then the preferred
/// time — so the first slot that fits is the best one free, and a search can stop as soon
/// as nothing cheaper than a bound is left.
extension SlotSearch {
    /// What one slot costs the request: working days from its nominal day, and the time.
    func cost(_ request: MeetingRequest, date: LocalDate, start: LocalTime) -> Int {
        let nominal = request.nominalDate ?? request.window.first
        return request.ranking.cost(distance: calendar.workingDays(from: nominal, to: date), preferred: start == request.preferredTime)
    }

    /// The cheapest slot that fits now, if one costs less than `bound`. `probes` counts the
    /// slots tried (the unit of the repair's budget).
    func best(_ request: MeetingRequest, ledger: BusyLedger, below bound: Int, probes: inout Int) -> (slot: Slot, cost: Int)? {
        var poolLimited = false
        return best(request, ledger: ledger, below: bound, probes: &probes, poolLimited: &poolLimited)
    }

    /// As `best`; `poolLimited` is set when a slot failed for want of an interpreter or a room
    /// only (with everyone free), so freeing one of those could open it.
    func best(
        _ request: MeetingRequest, ledger: BusyLedger, below bound: Int, probes: inout Int, poolLimited: inout Bool
    ) -> (slot: Slot, cost: Int)? {
        guard hasPools(request) else { return nil }
        var found: (slot: Slot, cost: Int)?
        let padding = ledger.bufferMinutes
        var knownDay = -1
        var known: [BusyLedger.Booking] = []
        enumerate(request, below: bound) { day, time, cost in
            let end = time.minutes + request.durationMinutes
            if day.dayNumber != knownDay {
                knownDay = day.dayNumber
                known.removeAll(keepingCapacity: true)
            }
            // Bookings already found to block this day rule out the times that overlap them.
            if known.contains(where: { $0.start < end + padding && time.minutes - padding < $0.end }) { return true }
            probes += 1
            switch fit(request, on: day, at: time, ledger: ledger, spread: request.spread) {
            case .success(let fit):
                found = (slot(request, day, time, fit), cost)
                return false
            case .failure(.busy(_, let blocking)):
                if let blocking { known.append(blocking) }
                return true
            case .failure:
                poolLimited = true
                return true
            }
        }
        return found
    }

    /// The slots where, other meetings of the plan aside, the request would fit, in
    /// increasing cost below `bound`, with the meetings in the way (at most `most` of them):
    /// where a meeting could go if those moved. At most `limit` slots are looked at.
    func candidates(
        _ request: MeetingRequest, ledger: BusyLedger, below bound: Int, limit: Int, most: Int, probes: inout Int
    ) -> [(date: LocalDate, start: LocalTime, cost: Int, blockers: [Int32])] {
        var result: [(date: LocalDate, start: LocalTime, cost: Int, blockers: [Int32])] = []
        var found: [Int32] = []
        var scratch: [Int32] = []
        var looked = 0
        enumerate(request, below: bound) { day, time, cost in
            probes += 1
            looked += 1
            found.removeAll(keepingCapacity: true)
            if blockers(request, on: day, at: time, ledger: ledger, most: most, into: &found, scratch: &scratch) {
                result.append((day, time, cost, found))
            }
            return looked < limit
        }
        return result
    }

    /// The meetings (positions) that stand in the way of `request` at this slot, appended to
    /// `found`; false if outside busy time does, no pool member could be freed, or more than
    /// `most` meetings would have to move. For an interpreter or a room, the member whose
    /// meetings are fewest is the one to free.
    func blockers(
        _ request: MeetingRequest, on day: LocalDate, at time: LocalTime, ledger: BusyLedger, most: Int,
        into found: inout [Int32], scratch: inout [Int32]
    ) -> Bool {
        let start = time.minutes
        let end = start + request.durationMinutes
        for key in request.checkedKeys {
            guard ledger.blockers(key, on: day, from: start, to: end, into: &found), found.count <= most else { return false }
        }
        if let language = request.interpreterLanguage {
            guard let pool = interpreters[language],
                  freeOne(pool.count, from: request.spread, key: { pool[$0].key }, day, start, end, ledger, most, &found, &scratch)
            else { return false }
        }
        if request.needsRoom {
            let people = request.headCount
            guard freeOne(rooms.count, from: request.spread, key: { self.rooms[$0].room.capacity >= people ? self.rooms[$0].key : nil },
                          day, start, end, ledger, most, &found, &scratch)
            else { return false }
        }
        return true
    }

    /// One member of a pool free, or the one with the fewest meetings in the way added to
    /// `found` (members in `fit`'s order: round from `spread`; `key` nil skips a member).
    // swiftlint:disable:next function_parameter_count
    private func freeOne(
        _ count: Int, from spread: Int, key: (Int) -> Int?, _ day: LocalDate, _ start: Int, _ end: Int,
        _ ledger: BusyLedger, _ most: Int, _ found: inout [Int32], _ scratch: inout [Int32]
    ) -> Bool {
        guard count > 0 else { return false }
        let first = spread % count
        var members = 0
        for offset in 0..<count {
            guard let member = key((first + offset) % count) else { continue }
            members += 1
            if ledger.isFree(member, on: day, from: start, to: end) { return true }
        }
        guard members > 0 else { return false }
        var best: [Int32]?
        for offset in 0..<count {
            guard let member = key((first + offset) % count) else { continue }
            scratch.removeAll(keepingCapacity: true)
            guard ledger.blockers(member, on: day, from: start, to: end, into: &scratch) else { continue }
            let added = scratch.filter { !found.contains($0) }
            if best == nil || added.count < best?.count ?? 0 { best = added }
        }
        guard let best, found.count + best.count <= most else { return false }
        found.append(contentsOf: best)
        return true
    }

    /// How many (day, start) pairs the request has with outside busy time alone in the way,
    /// and its best one: the meeting's lower bound, in cost and in working days.
    func options(_ request: MeetingRequest, ledger: BusyLedger) -> (count: Int, bestCost: Int, bestDistance: Int) {
        let nominal = request.nominalDate ?? request.window.first
        var count = 0
        var bestCost = Ranking.unplacedCost
        var bestDistance = Int.max
        scanOpenDays(request, ledger: ledger) { day, times, free in
            var open = 0
            for isFree in free where isFree { open += 1 }
            let preferred = times.first == request.preferredTime && free[0]
            count += open
            let distance = calendar.workingDays(from: nominal, to: day)
            bestCost = min(bestCost, request.ranking.cost(distance: distance, preferred: preferred))
            bestDistance = min(bestDistance, distance)
        }
        return (count, bestCost, bestDistance == .max ? 0 : bestDistance)
    }

    /// The blocks of `spacing` minutes from the start of the working day (numbered across
    /// days) that some start outside busy time leaves open falls in. A meeting starting in
    /// block k covers the block's last minute; two meetings of one person, each `spacing` or
    /// longer with the buffer, never cover the same one.
    func openGridPoints(_ request: MeetingRequest, ledger: BusyLedger, spacing: Int) -> [Int] {
        var points: [Int] = []
        let perDay = (24 * 60 + spacing - 1) / spacing + 1
        scanOpenDays(request, ledger: ledger) { day, times, free in
            for (index, start) in times.enumerated() where free[index] {
                let point = day.dayNumber * perDay + (start.minutes - calendar.workingHours.start.minutes) / spacing
                if !points.contains(point) { points.append(point) }
            }
        }
        return points
    }

    /// Calls `body` for each usable day of the window with at least one start that outside
    /// busy time leaves open: the start times in `startTimes` order (the preferred one
    /// first) and which of them are open.
    private func scanOpenDays(_ request: MeetingRequest, ledger: BusyLedger, _ body: (LocalDate, [LocalTime], [Bool]) -> Void) {
        let times = startTimes(preferred: request.preferredTime, duration: request.durationMinutes)
        guard !times.isEmpty else { return }
        guard hasPools(request) else { return }
        var free = [Bool](repeating: true, count: times.count)
        var member = free
        // A pool with one member no outside busy time ever touches never closes a slot.
        var pools: [[Int]] = []
        if let language = request.interpreterLanguage, let pool = interpreters[language], pool.allSatisfy({ ledger.hasImported($0.key) }) {
            pools.append(pool.map(\.key))
        }
        if request.needsRoom {
            let people = request.headCount
            let fitting = rooms.lazy.filter { $0.room.capacity >= people }
            if fitting.allSatisfy({ ledger.hasImported($0.key) }) { pools.append(fitting.map(\.key)) }
        }
        let checked = request.checkedKeys.filter(ledger.hasImported)
        for number in request.window.first.dayNumber...request.window.last.dayNumber {
            let day = LocalDate(dayNumber: number)
            guard calendar.isMeetingDay(day), !request.isBlocked(day) else { continue }
            for index in free.indices { free[index] = true }
            for key in checked {
                ledger.clearImported(key, on: day, starts: times, duration: request.durationMinutes, free: &free)
            }
            for pool in pools {
                guard !pool.contains(where: { !ledger.hasImported($0, on: day) }) else { continue }
                var any = [Bool](repeating: false, count: times.count)
                for key in pool {
                    for index in member.indices { member[index] = true }
                    ledger.clearImported(key, on: day, starts: times, duration: request.durationMinutes, free: &member)
                    for index in any.indices where member[index] { any[index] = true }
                }
                for index in free.indices where !any[index] { free[index] = false }
            }
            guard free.contains(true) else { continue }
            body(day, times, free)
        }
    }

    /// Whether the agreement has an interpreter for the language and a room big enough, if needed.
    func hasPools(_ request: MeetingRequest) -> Bool {
        if let language = request.interpreterLanguage, (interpreters[language] ?? []).isEmpty { return false }
        let people = request.headCount
        return !request.needsRoom || rooms.contains { $0.room.capacity >= people }
    }

    func slot(_ request: MeetingRequest, _ day: LocalDate, _ time: LocalTime, _ fit: Fit) -> Slot {
        Slot(
            date: day, start: time, interpreterID: fit.interpreter?.id, room: fit.room?.room,
            interpreterKey: fit.interpreter?.key, roomKey: fit.room?.key,
            avoidPeriod: request.avoidSchoolHolidays ? calendar.avoidPeriod(on: day) : nil
        )
    }

    /// Calls `visit` with each usable (day, start) of the request and its cost, cheapest
    /// first (earlier day, then nearer time on ties), while the cost is below `bound` and
    /// `visit` returns true.
    private func enumerate(_ request: MeetingRequest, below bound: Int, _ visit: (LocalDate, LocalTime, Int) -> Bool) {
        let times = startTimes(preferred: request.preferredTime, duration: request.durationMinutes)
        guard let first = times.first else { return }
        let preferredFirst = first == request.preferredTime
        let ranking = request.ranking
        // With `prefer: time`, the preferred time within the bound comes first of all.
        if case .timeFirst(let within) = ranking, preferredFirst {
            var walk = DistanceWalk(calendar: calendar, request: request, inside: plannedRange)
            while let level = walk.next(), level.distance <= within {
                let cost = ranking.cost(distance: level.distance, preferred: true)
                guard cost < bound, visit(level.first, first, cost) else { return }
                if let second = level.second, !visit(second, first, cost) { return }
            }
        }
        var walk = DistanceWalk(calendar: calendar, request: request, inside: plannedRange)
        while let level = walk.next() {
            for (index, time) in times.enumerated() {
                let preferred = index == 0 && preferredFirst
                if preferred, case .timeFirst(let within) = ranking, level.distance <= within { continue }
                // Costs only grow in this order, so the first one at the bound ends the search.
                let cost = ranking.cost(distance: level.distance, preferred: preferred)
                guard cost < bound, visit(level.first, time, cost) else { return }
                if let second = level.second, !visit(second, time, cost) { return }
            }
        }
    }
}

/// A request's usable days by working-day distance from its nominal day: level 0 is the
/// nominal day, level k the k-th meeting day before it and the k-th after (earlier first,
/// unless only the later one lies `inside` the planned range). Blocked days count towards
/// the distance but are not offered.
struct DistanceWalk {
    private let calendar: WorkingCalendar
    private let inside: DateSpan?
    private let blocked: [DateSpan]
    private let first: Int
    private let last: Int
    private let nominal: Int
    private var left: Int
    private var right: Int
    private var leftCount = 0
    private var rightCount = 0
    private var pendingLeft: (day: Int, distance: Int)?
    private var pendingRight: (day: Int, distance: Int)?

    init(calendar: WorkingCalendar, request: MeetingRequest, inside: DateSpan? = nil) {
        self.calendar = calendar
        self.inside = inside
        blocked = request.blocked
        first = request.window.first.dayNumber
        last = request.window.last.dayNumber
        nominal = min(last, max(first, (request.nominalDate ?? request.window.first).dayNumber))
        left = nominal - 1
        right = nominal
        pendingLeft = nextLeft()
        pendingRight = nextRight()
    }

    private func usable(_ date: LocalDate) -> Bool {
        !blocked.contains { $0.contains(date) }
    }

    private mutating func nextRight() -> (day: Int, distance: Int)? {
        while right <= last {
            let day = right
            right += 1
            let date = LocalDate(dayNumber: day)
            guard calendar.isMeetingDay(date) else { continue }
            if day > nominal { rightCount += 1 }
            if usable(date) { return (day, day == nominal ? 0 : rightCount) }
        }
        return nil
    }

    private mutating func nextLeft() -> (day: Int, distance: Int)? {
        while left >= first {
            let day = left
            left -= 1
            let date = LocalDate(dayNumber: day)
            guard calendar.isMeetingDay(date) else { continue }
            leftCount += 1
            if usable(date) { return (day, leftCount) }
        }
        return nil
    }

    /// One distance and its days, in the order to try them.
    struct Level {
        let distance: Int
        let first: LocalDate
        let second: LocalDate?
    }

    /// The next level, nearest first.
    mutating func next() -> Level? {
        let before = pendingLeft
        let after = pendingRight
        if let before, let after, before.distance == after.distance {
            pendingLeft = nextLeft()
            pendingRight = nextRight()
            let earlier = LocalDate(dayNumber: before.day)
            let later = LocalDate(dayNumber: after.day)
            if let inside, !inside.contains(earlier), inside.contains(later) {
                return Level(distance: before.distance, first: later, second: earlier)
            }
            return Level(distance: before.distance, first: earlier, second: later)
        }
        if let before, after.map({ before.distance < $0.distance }) ?? true {
            pendingLeft = nextLeft()
            return Level(distance: before.distance, first: LocalDate(dayNumber: before.day), second: nil)
        }
        guard let after else { return nil }
        pendingRight = nextRight()
        return Level(distance: after.distance, first: LocalDate(dayNumber: after.day), second: nil)
    }
}
