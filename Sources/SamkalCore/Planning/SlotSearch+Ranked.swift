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
                return true
            }
        }
        return found
    }

    /// The slots outside busy time alone leaves open (other meetings of the plan aside), in
    /// increasing cost below `bound`, at most `limit` of them: where a meeting could go if
    /// the meetings in its way moved.
    func candidates(
        _ request: MeetingRequest, ledger: BusyLedger, below bound: Int, limit: Int, probes: inout Int
    ) -> [(date: LocalDate, start: LocalTime, cost: Int)] {
        var result: [(date: LocalDate, start: LocalTime, cost: Int)] = []
        enumerate(request, below: bound) { day, time, cost in
            probes += 1
            if openOutsideThePlan(request, on: day, at: time, ledger: ledger) { result.append((day, time, cost)) }
            return result.count < limit
        }
        return result
    }

    /// The meetings (positions) that stand in the way of `request` at this slot, appended to
    /// `found`; false if outside busy time does or no pool member could be freed. For an
    /// interpreter or a room, the member whose meetings are fewest is the one to free.
    func blockers(_ request: MeetingRequest, on day: LocalDate, at time: LocalTime, ledger: BusyLedger, into found: inout [Int32]) -> Bool {
        let start = time.minutes
        let end = start + request.durationMinutes
        for key in request.checkedKeys where !ledger.blockers(key, on: day, from: start, to: end, into: &found) {
            return false
        }
        func freeOne(_ keys: [Int]) -> Bool {
            guard !keys.contains(where: { ledger.isFree($0, on: day, from: start, to: end) }) else { return true }
            var fewest: [Int32]?
            for key in keys {
                var theirs: [Int32] = []
                guard ledger.blockers(key, on: day, from: start, to: end, into: &theirs) else { continue }
                if fewest == nil || theirs.count < fewest?.count ?? 0 { fewest = theirs }
            }
            guard let fewest else { return false }
            for meeting in fewest where !found.contains(meeting) { found.append(meeting) }
            return true
        }
        if let language = request.interpreterLanguage {
            guard freeOne(rotated(interpreters[language] ?? [], from: request.spread).map(\.key)) else { return false }
        }
        if request.needsRoom {
            let people = request.headCount
            guard freeOne(rotated(rooms, from: request.spread).filter { $0.room.capacity >= people }.map(\.key)) else { return false }
        }
        return true
    }

    /// How many (day, start) pairs the request has with outside busy time alone in the way,
    /// and its best one: the meeting's lower bound, in cost and in working days.
    func options(_ request: MeetingRequest, ledger: BusyLedger) -> (count: Int, bestCost: Int, bestDistance: Int) {
        let times = startTimes(preferred: request.preferredTime, duration: request.durationMinutes)
        guard !times.isEmpty else { return (0, Ranking.unplacedCost, 0) }
        let nominal = request.nominalDate ?? request.window.first
        let interpreterKeys = request.interpreterLanguage.map { interpreters[$0]?.map(\.key) ?? [] }
        let people = request.headCount
        let roomKeys = request.needsRoom ? rooms.filter { $0.room.capacity >= people }.map(\.key) : nil
        if interpreterKeys?.isEmpty == true || roomKeys?.isEmpty == true { return (0, Ranking.unplacedCost, 0) }
        var count = 0
        var bestCost = Ranking.unplacedCost
        var bestDistance = Int.max
        var free = [Bool](repeating: true, count: times.count)
        var member = free
        for day in request.window.days where calendar.isMeetingDay(day) && !request.isBlocked(day) {
            for index in free.indices { free[index] = true }
            for key in request.checkedKeys {
                ledger.clearImported(key, on: day, starts: times, duration: request.durationMinutes, free: &free)
            }
            for pool in [interpreterKeys, roomKeys] {
                guard let pool, pool.allSatisfy({ ledger.hasImported($0, on: day) }) else { continue }
                var any = [Bool](repeating: false, count: times.count)
                for key in pool {
                    for index in member.indices { member[index] = true }
                    ledger.clearImported(key, on: day, starts: times, duration: request.durationMinutes, free: &member)
                    for index in any.indices where member[index] { any[index] = true }
                }
                for index in free.indices where !any[index] { free[index] = false }
            }
            let open = free.reduce(0) { $0 + ($1 ? 1 : 0) }
            guard open > 0 else { continue }
            count += open
            let distance = calendar.workingDays(from: nominal, to: day)
            let preferred = times.first == request.preferredTime && free[0]
            bestCost = min(bestCost, request.ranking.cost(distance: distance, preferred: preferred))
            bestDistance = min(bestDistance, distance)
        }
        return (count, bestCost, bestDistance == .max ? 0 : bestDistance)
    }

    /// Whether the agreement has an interpreter for the language and a room big enough, if needed.
    func hasPools(_ request: MeetingRequest) -> Bool {
        if let language = request.interpreterLanguage, (interpreters[language] ?? []).isEmpty { return false }
        let people = request.headCount
        return !request.needsRoom || rooms.contains { $0.room.capacity >= people }
    }

    /// Whether outside busy time alone leaves everyone (and one interpreter and room) free.
    private func openOutsideThePlan(_ request: MeetingRequest, on day: LocalDate, at time: LocalTime, ledger: BusyLedger) -> Bool {
        let start = time.minutes
        let end = start + request.durationMinutes
        for key in request.checkedKeys where !ledger.isFreeOfImported(key, on: day, from: start, to: end) { return false }
        if let language = request.interpreterLanguage,
           !(interpreters[language] ?? []).contains(where: { ledger.isFreeOfImported($0.key, on: day, from: start, to: end) }) {
            return false
        }
        if request.needsRoom {
            let people = request.headCount
            guard rooms.contains(where: { $0.room.capacity >= people && ledger.isFreeOfImported($0.key, on: day, from: start, to: end) }) else {
                return false
            }
        }
        return true
    }

    func slot(_ request: MeetingRequest, _ day: LocalDate, _ time: LocalTime, _ fit: Fit) -> Slot {
        Slot(
            date: day, start: time, interpreterID: fit.interpreter?.id, room: fit.room?.room,
            interpreterKey: fit.interpreter?.key, roomKey: fit.room?.key,
            avoidPeriod: request.avoidSchoolHolidays ? calendar.avoidPeriod(on: day) : nil
        )
    }

    /// The pool in the order `fit` searches it: from `spread`, round.
    private func rotated<Element>(_ pool: [Element], from spread: Int) -> [Element] {
        guard !pool.isEmpty else { return [] }
        let start = spread % pool.count
        return Array(pool[start...] + pool[..<start])
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
            var walk = DistanceWalk(calendar: calendar, request: request)
            while let level = walk.next(), level.distance <= within {
                let cost = ranking.cost(distance: level.distance, preferred: true)
                guard cost < bound, visit(level.earlier, first, cost) else { return }
                if let later = level.later, !visit(later, first, cost) { return }
            }
        }
        var walk = DistanceWalk(calendar: calendar, request: request)
        while let level = walk.next() {
            for (index, time) in times.enumerated() {
                let preferred = index == 0 && preferredFirst
                if preferred, case .timeFirst(let within) = ranking, level.distance <= within { continue }
                // Costs only grow in this order, so the first one at the bound ends the search.
                let cost = ranking.cost(distance: level.distance, preferred: preferred)
                guard cost < bound, visit(level.earlier, time, cost) else { return }
                if let later = level.later, !visit(later, time, cost) { return }
            }
        }
    }
}

/// A request's usable days by working-day distance from its nominal day: level 0 is the
/// nominal day, level k the k-th meeting day before it and the k-th after (earlier first).
/// Blocked days count towards the distance but are not offered.
struct DistanceWalk {
    private let calendar: WorkingCalendar
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

    init(calendar: WorkingCalendar, request: MeetingRequest) {
        self.calendar = calendar
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

    /// One distance and its days: the one before the nominal day first.
    struct Level {
        let distance: Int
        let earlier: LocalDate
        let later: LocalDate?
    }

    /// The next level, nearest first.
    mutating func next() -> Level? {
        let before = pendingLeft
        let after = pendingRight
        if let before, let after, before.distance == after.distance {
            pendingLeft = nextLeft()
            pendingRight = nextRight()
            return Level(distance: before.distance, earlier: LocalDate(dayNumber: before.day), later: LocalDate(dayNumber: after.day))
        }
        if let before, after.map({ before.distance < $0.distance }) ?? true {
            pendingLeft = nextLeft()
            return Level(distance: before.distance, earlier: LocalDate(dayNumber: before.day), later: nil)
        }
        guard let after else { return nil }
        pendingRight = nextRight()
        return Level(distance: after.distance, earlier: LocalDate(dayNumber: after.day), later: nil)
    }
}
