/// Placing the meetings about participants: the most constrained first, each at the best
/// slot still free, then a bounded local search that rescues what is left unplaced and
/// improves the rest until no single move or swap makes the plan better (`Ranking` is the
/// objective). Only meetings placed now move; stored meetings that keep their slot are fixed.
extension PlanningSession {
    /// The repair's budget: slots tried per meeting it may move, and a floor for small plans.
    /// Counted in work, not time, so the same input gives the same plan on any machine.
    static let probesPerMeeting = 100
    static let probeFloor = 100_000
    /// Repair passes over the plan at most (each one that changes nothing ends it earlier).
    static let maximumPasses = 20
    /// Swaps cost far more than moves; they get their own share of the budget.
    static let swapProbesPerMeeting = 1
    /// Rounds of passes and rescues at most.
    static let maximumRounds = 3
    /// Slots looked at per meeting when moving others out of its way. (Chains deeper than one
    /// step, where a moved meeting moves others in turn, rescued no more on the benchmark
    /// within any budget near the time target, so there are none.)
    static let rescueCandidates = 256
    /// Slots one rescue may try.
    static let probesPerRescue = 30_000
    static let swapCandidates = 48
    /// Slots a rescue may try laying out a day again (`repack`), and then moving one meeting
    /// out of the way to a day laid out again, and per meeting moved so.
    static let probesPerRepack = 20_000
    static let probesPerRepackedEjection = 3_000

    /// Places the open positions: the one with the fewest slots open first (short windows,
    /// busy participants, interpreters), each at its cheapest free slot.
    mutating func construct(_ open: [Int]) {
        countOptions(open)
        let lengths = open.map { requests[$0]?.window.dayCount ?? 0 }
        let order = open.indices.sorted { left, right in
            let a = (optionCounts[open[left]], lengths[left], open[left])
            let b = (optionCounts[open[right]], lengths[right], open[right])
            return a < b
        }
        for index in order {
            let position = open[index]
            guard let item = requests[position], slots[position] == nil else { continue }
            movable[position] = true
            var poolLimited = false
            if let found = search.best(item, ledger: ledger, below: Ranking.unplacedCost, probes: &probes, poolLimited: &poolLimited) {
                book(item, found.slot, at: position)
                constructedAt[position] = repairStep
                constructedPoolLimited[position] = poolLimited
                repairStep += 1
            } else if optionCounts[position] > 0, rescueWhileConstructing(position) {
                constructedAt[position] = repairStep
                repairStep += 1
            } else {
                place(item, at: position, diagnosing: true)
            }
        }
    }

    /// Makes room for a meeting no free slot is left for, at once: the meetings placed so far
    /// are few, so those in its way still have room to move, and a full day's other
    /// attendees are still free to be laid out again. A failure is noted, so the repair tries
    /// again only once one of its people was freed.
    private mutating func rescueWhileConstructing(_ position: Int) -> Bool {
        guard attemptRescue(position, budgetEnd: probes + Self.probesPerRescue + 2 * Self.probesPerRepack) else { return false }
        repairReport.chains += 1
        return true
    }

    /// One rescue, with its outcome noted: a failure with the step it failed at (tried again
    /// only once someone it needs is freed), a success clears that.
    private mutating func attemptRescue(_ position: Int, budgetEnd: Int) -> Bool {
        let step = repairStep
        repairStep += 1
        let rescued = rescue(position, budgetEnd: budgetEnd)
        rescueFailedAt[position] = rescued ? nil : step
        return rescued
    }

    /// Counts, for positions not yet counted, the slots that outside busy time leaves open
    /// and the best of them, on every core (the ledger is only read).
    mutating func countOptions(_ positions: [Int]) {
        let pending = positions.filter { optionCounts[$0] < 0 && requests[$0] != nil }
        guard !pending.isEmpty else { return }
        let counted = Self.options(of: pending, in: requests, search: search, ledger: ledger)
        for (index, position) in pending.enumerated() {
            let (count, cost, distance) = counted[index]
            optionCounts[position] = Int32(min(count, Int(Int32.max)))
            boundCosts[position] = cost
            boundDistances[position] = Int32(distance)
        }
    }

    /// Kept apart so the ledger is shared with the workers and released before it changes.
    private static func options(
        of positions: [Int], in requests: [MeetingRequest?], search: SlotSearch, ledger: BusyLedger
    ) -> [(Int, Int, Int)] {
        ParallelMap.map(positions) { position in
            guard let item = requests[position] else { return (0, Ranking.unplacedCost, 0) }
            let found = search.options(item, ledger: ledger)
            return (found.count, found.bestCost, found.bestDistance)
        }.flatMap { $0 }
    }

    /// Improves the plan by moving only `open` positions (those placed by `construct`):
    /// rescues unplaced meetings by moving those in their way, then moves and swaps until no
    /// step helps or the budget is spent.
    mutating func repair(_ open: [Int]) {
        let positions = open.filter { movable[$0] && requests[$0] != nil }
        guard !positions.isEmpty else { return }
        let firstProbe = probes
        let budgetEnd = probes + Self.probesPerMeeting * positions.count + Self.probeFloor
        var report = RepairReport()
        if freedAt.count < ownerCount { freedAt += [Int](repeating: -1, count: ownerCount - freedAt.count) }
        // A meeting construction placed has been tried: it took the best slot free then.
        var triedAt = positions.map { constructedAt[$0] }
        var poolLimited = positions.map { constructedPoolLimited[$0] }
        swapProbesLeft = Self.swapProbesPerMeeting * positions.count
        rescueAll(positions, budgetEnd: budgetEnd, report: &report)
        // Rounds of passes; a rescue at the end of a round may leave room to improve again.
        for _ in 0..<Self.maximumRounds {
            var pass = 0
            while pass < Self.maximumPasses, probes < budgetEnd {
                pass += 1
                report.passes += 1
                // Swaps in the first pass of a round only: they cost far more than moves.
                if !improvePass(positions, triedAt: &triedAt, poolLimited: &poolLimited, swaps: pass == 1, budgetEnd: budgetEnd, report: &report) { break }
            }
            guard probes < budgetEnd, rescueAll(positions, budgetEnd: budgetEnd, report: &report) > 0 else { break }
        }
        report.exhausted = probes >= budgetEnd
        report.probes = probes - firstProbe
        repairReport.add(report)
    }

    /// One pass over the meetings that could be better: a move where one exists, else (with
    /// `swaps`) a swap. Whether anything changed.
    private mutating func improvePass(
        _ positions: [Int], triedAt: inout [Int], poolLimited: inout [Bool], swaps: Bool, budgetEnd: Int, report: inout RepairReport
    ) -> Bool {
        let improvable = positions.indices.filter { slots[positions[$0]] != nil && costs[positions[$0]] > boundCosts[positions[$0]] }
        let order = improvable.sorted { left, right in
            let a = costs[positions[left]] - boundCosts[positions[left]]
            let b = costs[positions[right]] - boundCosts[positions[right]]
            return a != b ? a > b : left < right
        }
        var changed = false
        for index in order {
            guard probes < budgetEnd else { break }
            let position = positions[index]
            let offDay = costs[position] - boundCosts[position] >= Ranking.dayWeight
            let stale = triedAt[index] >= 0 && !freedSince(triedAt[index], for: position, pools: poolLimited[index])
            // Nothing it needs was freed since it last tried: no move can help, a swap may.
            if stale, !(swaps && offDay) { continue }
            if !stale {
                triedAt[index] = repairStep
                repairStep += 1
            }
            if !stale, improveAlone(position, poolLimited: &poolLimited[index]) {
                report.moves += 1
                changed = true
            } else if swaps, swapProbesLeft > 0, offDay, swap(position) {
                report.swaps += 1
                changed = true
            }
        }
        return changed
    }

    /// Tries to rescue every unplaced meeting; how many were placed.
    @discardableResult
    private mutating func rescueAll(_ positions: [Int], budgetEnd: Int, report: inout RepairReport) -> Int {
        var rescued = 0
        // Only placed meetings that may move can make room (planning again: often none).
        guard positions.contains(where: { slots[$0] != nil }) else { return 0 }
        for position in positions where slots[position] == nil && optionCounts[position] > 0 {
            guard probes < budgetEnd else { break }
            // A rescue that failed is tried again only once one of its people was freed since
            // (interpreters and rooms are rarely what binds; this gate is a heuristic).
            if let failed = rescueFailedAt[position], !freedSince(failed, for: position, pools: false) { continue }
            if attemptRescue(position, budgetEnd: budgetEnd) { rescued += 1 }
        }
        report.chains += rescued
        return rescued
    }

    /// Places an unplaced meeting, if need be by making room: moving up to two meetings out
    /// of its way, each to another slot of its own window; else laying out again the day of
    /// one of its people (`repack`); else moving one meeting out of its way to a day laid
    /// out again. Either all of them end up placed, or nothing changed. Each way has its own
    /// budget, within the repair's.
    private mutating func rescue(_ position: Int, budgetEnd: Int) -> Bool {
        guard let item = requests[position], slots[position] == nil else { return false }
        var journal: [(position: Int, slot: SearchSlot?)] = []
        if let found = search.best(item, ledger: ledger, below: Ranking.unplacedCost, probes: &probes) {
            move(position, to: found.slot, journal: &journal)
        } else {
            let rescued = ejecting(position, most: 2, repacking: 0, budgetEnd: min(budgetEnd, probes + Self.probesPerRescue), journal: &journal)
                || repack(position, budgetEnd: min(budgetEnd, probes + Self.probesPerRepack), journal: &journal)
                || ejecting(position, most: 1, repacking: Self.probesPerRepackedEjection, budgetEnd: min(budgetEnd, probes + Self.probesPerRepack), journal: &journal)
            guard rescued else { return false }
        }
        // Committed: those that left a slot may have made room for others.
        for (changed, old) in journal {
            if let old, let moved = requests[changed] { freed(moved, old) }
            if slots[changed] != nil, let uid = requests[changed]?.uid { failures[uid] = nil }
        }
        return true
    }

    /// Tries the slots where at most `most` meetings stand in the way, cheapest first, until
    /// moving those out of the way (`ejectingAt`) places the meeting.
    private mutating func ejecting(
        _ position: Int, most: Int, repacking: Int, budgetEnd: Int, journal: inout [(position: Int, slot: SearchSlot?)]
    ) -> Bool {
        guard let item = requests[position] else { return false }
        for candidate in search.candidates(item, ledger: ledger, below: Ranking.unplacedCost, limit: Self.rescueCandidates, most: most, probes: &probes) {
            guard probes < budgetEnd else { return false }
            if ejectingAt(candidate.blockers.map { Int($0) }, for: position, at: candidate, repacking: repacking, journal: &journal) {
                return true
            }
        }
        return false
    }

    /// Takes `ejected` out, puts the meeting at `position` in the candidate slot and the
    /// ejected ones at their best free slots or, with `repacking` > 0, on a day laid out
    /// again (`repack`, within that many slots tried); if any finds none, undoes it all.
    private mutating func ejectingAt(
        _ ejected: [Int], for position: Int, at candidate: (date: LocalDate, start: LocalTime, cost: Int, blockers: [Int32]),
        repacking: Int, journal: inout [(position: Int, slot: SearchSlot?)]
    ) -> Bool {
        guard let item = requests[position], !ejected.isEmpty,
              ejected.allSatisfy({ $0 != position && movable[$0] && slots[$0] != nil })
        else { return false }
        let mark = journal.count
        for other in ejected { move(other, to: nil, journal: &journal) }
        probes += 1
        if case .success(let fit) = search.fit(item, on: candidate.date, at: candidate.start, ledger: ledger, spread: item.spread) {
            move(position, to: search.slot(item, candidate.date, candidate.start, fit), journal: &journal)
            let replaced = ejected.allSatisfy { other in
                guard let otherItem = requests[other] else { return false }
                if let found = search.best(otherItem, ledger: ledger, below: Ranking.unplacedCost, probes: &probes) {
                    move(other, to: found.slot, journal: &journal)
                    return true
                }
                return repacking > 0 && repack(other, budgetEnd: probes + repacking, journal: &journal)
            }
            if replaced { return true }
        }
        rollBack(to: mark, journal: &journal)
        return false
    }

    /// Puts a meeting in `slot` (nil: takes it out), noting where it was.
    mutating func move(_ position: Int, to slot: SearchSlot?, journal: inout [(position: Int, slot: SearchSlot?)]) {
        journal.append((position, slots[position]))
        reseat(position, to: slot)
    }

    /// Undoes the moves noted after `mark`, latest first.
    mutating func rollBack(to mark: Int, journal: inout [(position: Int, slot: SearchSlot?)]) {
        while journal.count > mark {
            let (position, old) = journal.removeLast()
            reseat(position, to: old)
        }
    }

    /// Moves a meeting from whatever slot it holds to `slot` (nil: unplaced).
    private mutating func reseat(_ position: Int, to slot: SearchSlot?) {
        guard let item = requests[position] else { return }
        if let current = slots[position] {
            unbook(item, current, at: position)
            slots[position] = nil
            costs[position] = Ranking.unplacedCost
        }
        if let slot { book(item, slot, at: position) }
    }

    /// Whether a committed move freed a booking of anyone the meeting needs (its people, an
    /// interpreter of its language, a room) after `step`. Interpreters and rooms count only
    /// when a slot failed for want of one at the last try (`pools`).
    private func freedSince(_ step: Int, for position: Int, pools: Bool) -> Bool {
        guard let item = requests[position] else { return false }
        if item.bookedKeys.contains(where: { freedAt[$0] > step }) { return true }
        guard pools else { return false }
        if let language = item.interpreterLanguage, search.interpreters[language]?.contains(where: { freedAt[$0.key] > step }) == true {
            return true
        }
        return item.needsRoom && search.rooms.contains { freedAt[$0.key] > step }
    }

    /// Records that a meeting left `slot` for good: its owners may have room for others now.
    private mutating func freed(_ item: MeetingRequest, _ slot: SearchSlot) {
        for owner in owners(item, slot) where owner < freedAt.count { freedAt[owner] = repairStep }
        repairStep += 1
    }

    /// Moves a placed meeting to a cheaper free slot, if there is one.
    private mutating func improveAlone(_ position: Int, poolLimited: inout Bool) -> Bool {
        guard let item = requests[position], let old = slots[position] else { return false }
        let oldCost = costs[position]
        unbook(item, old, at: position)
        poolLimited = false
        if let found = search.best(item, ledger: ledger, below: oldCost, probes: &probes, poolLimited: &poolLimited) {
            book(item, found.slot, at: position)
            freed(item, old)
            return true
        }
        book(item, old, at: position)
        return false
    }

    /// Moves a placed meeting to a cheaper slot that one other meeting holds, and that one
    /// elsewhere (its old slot included), when the two together cost less than before.
    /// Tried only for meetings off their best day: the day is what the objective weighs most.
    private mutating func swap(_ position: Int) -> Bool {
        guard let item = requests[position], let old = slots[position] else { return false }
        let oldCost = costs[position]
        unbook(item, old, at: position)
        let before = probes
        defer { swapProbesLeft -= probes - before }
        let candidates = search.candidates(item, ledger: ledger, below: oldCost, limit: Self.swapCandidates, most: 1, probes: &probes)
        for candidate in candidates {
            guard candidate.blockers.count == 1, let other = candidate.blockers.first.map({ Int($0) }), other != position, movable[other],
                  let otherItem = requests[other], let otherSlot = slots[other]
            else { continue }
            let otherCost = costs[other]
            unbook(otherItem, otherSlot, at: other)
            probes += 1
            if case .success(let fit) = search.fit(item, on: candidate.date, at: candidate.start, ledger: ledger, spread: item.spread) {
                let slot = search.slot(item, candidate.date, candidate.start, fit)
                book(item, slot, at: position)
                let gain = oldCost - candidate.cost
                if let found = search.best(otherItem, ledger: ledger, below: otherCost + gain, probes: &probes) {
                    book(otherItem, found.slot, at: other)
                    freed(item, old)
                    freed(otherItem, otherSlot)
                    return true
                }
                unbook(item, slot, at: position)
            }
            book(otherItem, otherSlot, at: other)
        }
        book(item, old, at: position)
        return false
    }
}

extension PlanningSession {
    /// The plan's quality for the meetings about participants (`PlanQuality`). Looks for
    /// improving single moves by trying each and putting it back: the plan is unchanged.
    public mutating func quality() -> PlanQuality {
        var quality = PlanQuality()
        quality.repair = repairReport
        let participantPositions = requests.indices.filter { requests[$0]?.participantID != nil }
        countOptions(participantPositions)
        for position in participantPositions {
            guard let item = requests[position] else { continue }
            var kind = quality.byKind[item.kind] ?? PlanQuality.Kind()
            kind.meetings += 1
            if let slot = slots[position] {
                let distance = calendar.workingDays(from: item.nominalDate ?? item.window.first, to: slot.date)
                let preferred = slot.start == item.preferredTime
                kind.placed += 1
                kind.distance += distance
                kind.lowerBound += Int(boundDistances[position])
                if preferred { kind.preferred += 1 }
                if costs[position] > boundCosts[position] {
                    var tried = 0
                    unbook(item, slot, at: position)
                    if search.best(item, ledger: ledger, below: costs[position], probes: &tried) != nil { quality.improvableAlone += 1 }
                    book(item, slot, at: position)
                }
            } else if optionCounts[position] == 0 {
                quality.unplacedImpossible += 1
            } else {
                quality.unplacedOther += 1
                quality.unplacedOtherUIDs.append(item.uid)
            }
            quality.byKind[item.kind] = kind
        }
        for failure in failures.values where failure.participantID != nil && positionOf(failure.uid) == nil {
            quality.unplacedImpossible += 1
        }
        let overCapacity = overCapacityCount(unplaced: participantPositions.filter { slots[$0] == nil && optionCounts[$0] > 0 })
        quality.unplacedOverCapacity = overCapacity.count
        quality.unplacedOther -= overCapacity.count
        quality.unplacedOtherUIDs = quality.unplacedOtherUIDs.filter { !overCapacity.uids.contains($0) }
        for kind in quality.byKind.values {
            quality.distance += kind.distance
            quality.lowerBound += kind.lowerBound
            quality.preferred += kind.preferred
            quality.placed += kind.placed
        }
        return quality
    }
}

extension PlanningSession {
    /// How many of the unplaced meetings no plan could place for want of one person's time.
    /// For a person P, lay a grid on every day with a point every `spacing` minutes (the
    /// shortest of P's meetings plus the buffer). Two of P's meetings never cover the same
    /// point, and a meeting can cover only points its open starts (outside busy time alone)
    /// reach. So P's meetings in any plan are at most a maximum matching of meetings to
    /// points; what exceeds it is unplaced in every plan. Proofs are taken largest first and
    /// share no meeting, so their sum is a true lower bound.
    func overCapacityCount(unplaced: [Int]) -> (count: Int, uids: Set<String>) {
        guard !unplaced.isEmpty else { return (0, []) }
        let staff = Set(unplaced.flatMap { requests[$0]?.attendeeKeys ?? [] })
        var needing: [Int: [Int]] = [:]
        for position in requests.indices {
            guard let item = requests[position], item.participantID != nil else { continue }
            for key in item.attendeeKeys where staff.contains(key) { needing[key, default: []].append(position) }
        }
        let buffer = ledger.bufferMinutes
        var proofs: [(deficit: Int, members: [Int], unplaced: [Int])] = []
        for key in staff.sorted() {
            // Meetings with no open slot at all are counted as impossible already.
            let members = (needing[key] ?? []).filter { optionCounts[$0] != 0 }
            let shortest = members.compactMap { requests[$0]?.durationMinutes }.min() ?? 60
            let spacing = shortest + buffer
            let points = members.map { member in requests[member].map { search.openGridPoints($0, ledger: ledger, spacing: spacing) } ?? [] }
            let held = SlotMatching.maximum(points)
            let deficit = members.count - held
            if deficit > 0 { proofs.append((deficit, members, members.filter { slots[$0] == nil })) }
        }
        proofs.sort { ($0.deficit, $0.members.first ?? 0) > ($1.deficit, $1.members.first ?? 0) }
        var used = Set<Int>()
        var uids = Set<String>()
        var count = 0
        for proof in proofs where proof.members.allSatisfy({ !used.contains($0) }) {
            used.formUnion(proof.members)
            for position in proof.unplaced.prefix(proof.deficit) {
                if let uid = requests[position]?.uid { uids.insert(uid) }
            }
            count += min(proof.deficit, proof.unplaced.count)
        }
        return (count, uids)
    }
}

