/// Placing the meetings about participants: the most constrained first, each at the best
/// slot still free, then a bounded local search that rescues what is left unplaced and
/// improves the rest until no single move or swap makes the plan better (`Ranking` is the
/// objective). Only meetings placed now move; stored meetings that keep their slot are fixed.
extension PlanningSession {
    /// The repair's budget: slots tried per meeting it may move, and a floor for small plans.
    /// Counted in work, not time, so the same input gives the same plan on any machine.
    static let probesPerMeeting = 4_000
    static let probeFloor = 100_000
    /// Repair passes over the plan at most (each one that changes nothing ends it earlier).
    static let maximumPasses = 20
    /// Slots looked at per meeting when moving others out of its way.
    static let rescueCandidates = 256
    static let swapCandidates = 64

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
            if let found = search.best(item, ledger: ledger, below: Ranking.unplacedCost, probes: &probes) {
                book(item, found.slot, at: position)
            } else {
                place(item, at: position)
            }
        }
    }

    /// Counts, for positions not yet counted, the slots that outside busy time leaves open
    /// and the best of them, on every core (the ledger is only read).
    mutating func countOptions(_ positions: [Int]) {
        let pending = positions.filter { optionCounts[$0] < 0 && requests[$0] != nil }
        guard !pending.isEmpty else { return }
        let counted = Self.options(of: pending.compactMap { requests[$0] }, search: search, ledger: ledger)
        for (index, position) in pending.enumerated() {
            let (count, cost, distance) = counted[index]
            optionCounts[position] = Int32(min(count, Int(Int32.max)))
            boundCosts[position] = cost
            boundDistances[position] = Int32(distance)
        }
    }

    /// Kept apart so the ledger is shared with the workers and released before it changes.
    private static func options(of items: [MeetingRequest], search: SlotSearch, ledger: BusyLedger) -> [(Int, Int, Int)] {
        ParallelMap.map(items) { item in
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
        rescueAll(positions, budgetEnd: budgetEnd, report: &report)
        while report.passes < Self.maximumPasses, probes < budgetEnd {
            report.passes += 1
            let improvable = positions.filter { slots[$0] != nil && costs[$0] > boundCosts[$0] }
            let order = improvable.sorted { left, right in
                let a = costs[left] - boundCosts[left]
                let b = costs[right] - boundCosts[right]
                return a != b ? a > b : left < right
            }
            var changed = false
            for position in order {
                guard probes < budgetEnd else { break }
                if improveAlone(position) {
                    report.moves += 1
                    changed = true
                } else if swap(position) {
                    report.swaps += 1
                    changed = true
                }
            }
            if !changed { break }
        }
        rescueAll(positions, budgetEnd: budgetEnd, report: &report)
        report.exhausted = probes >= budgetEnd
        report.probes = probes - firstProbe
        repairReport.add(report)
    }

    private mutating func rescueAll(_ positions: [Int], budgetEnd: Int, report: inout RepairReport) {
        for position in positions where slots[position] == nil && optionCounts[position] > 0 {
            guard probes < budgetEnd else { return }
            if rescue(position, budgetEnd: budgetEnd) { report.chains += 1 }
        }
    }

    /// Places an unplaced meeting, if need be by moving up to two meetings out of its way,
    /// each to another slot of its own window.
    private mutating func rescue(_ position: Int, budgetEnd: Int) -> Bool {
        guard let item = requests[position], slots[position] == nil else { return false }
        if let found = search.best(item, ledger: ledger, below: Ranking.unplacedCost, probes: &probes) {
            book(item, found.slot, at: position)
            failures[item.uid] = nil
            return true
        }
        let candidates = search.candidates(item, ledger: ledger, below: Ranking.unplacedCost, limit: Self.rescueCandidates, probes: &probes)
        for candidate in candidates {
            guard probes < budgetEnd else { return false }
            var blockers: [Int32] = []
            guard search.blockers(item, on: candidate.date, at: candidate.start, ledger: ledger, into: &blockers),
                  !blockers.isEmpty, blockers.count <= 2,
                  blockers.allSatisfy({ Int($0) != position && movable[Int($0)] && slots[Int($0)] != nil })
            else { continue }
            let ejected = blockers.map { Int($0) }
            var earlier: [(position: Int, slot: SearchSlot)] = []
            for other in ejected {
                guard let otherItem = requests[other], let slot = slots[other] else { continue }
                unbook(otherItem, slot, at: other)
                slots[other] = nil
                earlier.append((other, slot))
            }
            probes += 1
            if case .success(let fit) = search.fit(item, on: candidate.date, at: candidate.start, ledger: ledger, spread: item.spread) {
                let slot = search.slot(item, candidate.date, candidate.start, fit)
                book(item, slot, at: position)
                var replaced: [(position: Int, slot: SearchSlot)] = []
                for (other, _) in earlier {
                    guard let otherItem = requests[other],
                          let found = search.best(otherItem, ledger: ledger, below: Ranking.unplacedCost, probes: &probes)
                    else { break }
                    book(otherItem, found.slot, at: other)
                    replaced.append((other, found.slot))
                }
                if replaced.count == earlier.count {
                    failures[item.uid] = nil
                    return true
                }
                for (other, slot) in replaced.reversed() {
                    if let otherItem = requests[other] { unbook(otherItem, slot, at: other) }
                }
                unbook(item, slot, at: position)
                slots[position] = nil
                costs[position] = Ranking.unplacedCost
            }
            for (other, slot) in earlier.reversed() {
                if let otherItem = requests[other] { book(otherItem, slot, at: other) }
            }
        }
        return false
    }

    /// Moves a placed meeting to a cheaper free slot, if there is one.
    private mutating func improveAlone(_ position: Int) -> Bool {
        guard let item = requests[position], let old = slots[position] else { return false }
        let oldCost = costs[position]
        unbook(item, old, at: position)
        if let found = search.best(item, ledger: ledger, below: oldCost, probes: &probes) {
            book(item, found.slot, at: position)
            return true
        }
        book(item, old, at: position)
        return false
    }

    /// Moves a placed meeting to a cheaper slot that one other meeting holds, and that one
    /// elsewhere (its old slot included), when the two together cost less than before.
    private mutating func swap(_ position: Int) -> Bool {
        guard let item = requests[position], let old = slots[position] else { return false }
        let oldCost = costs[position]
        unbook(item, old, at: position)
        let candidates = search.candidates(item, ledger: ledger, below: oldCost, limit: Self.swapCandidates, probes: &probes)
        for candidate in candidates {
            var blockers: [Int32] = []
            guard search.blockers(item, on: candidate.date, at: candidate.start, ledger: ledger, into: &blockers),
                  blockers.count == 1, let other = blockers.first.map({ Int($0) }), other != position, movable[other],
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
            }
            quality.byKind[item.kind] = kind
        }
        for failure in failures.values where failure.participantID != nil && positionOf(failure.uid) == nil {
            quality.unplacedImpossible += 1
        }
        for kind in quality.byKind.values {
            quality.distance += kind.distance
            quality.lowerBound += kind.lowerBound
            quality.preferred += kind.preferred
            quality.placed += kind.placed
        }
        return quality
    }
}
