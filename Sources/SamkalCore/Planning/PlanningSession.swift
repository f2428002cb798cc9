/// A plan being made, kept in memory so that one participant can be planned again
/// without touching anyone else: the ledger of who is booked when, and every request's
/// slot. `Planner.plan` runs one from scratch; a long-running process (the server) keeps
/// one and calls `replan(participant:)` when a participant changes.
public struct PlanningSession: Sendable {
    public let request: PlanRequest
    let calendar: WorkingCalendar
    let search: SlotSearch
    private var registry: OwnerRegistry
    private let expander: ParticipantMeetingRequests
    var ledger: BusyLedger
    /// Every request at its position, in the order they are placed and listed in, and its
    /// slot once placed. A request that goes (a participant planned again) leaves its
    /// position empty, and a UID that returns takes its old position: the order stays.
    /// Positions, not UIDs, key the work, so a plan of 200,000 meetings hashes each UID once.
    var requests: [MeetingRequest?] = []
    var slots: [SearchSlot?] = []
    /// Per position, for meetings about a participant: the cost of the slot held
    /// (`Ranking.unplacedCost` while unplaced), the slots open outside the plan (-1: not yet
    /// counted), the best of them (the meeting's lower bound) in cost and working days, and
    /// whether the search may move it (placed now, not a stored meeting that keeps its slot).
    var costs: [Int] = []
    var optionCounts: [Int32] = []
    var boundCosts: [Int] = []
    var boundDistances: [Int32] = []
    var movable: [Bool] = []
    /// Per position: the repair step at which construction placed it at the cheapest slot
    /// free then (-1: not by construction), and whether an interpreter or room was what
    /// kept it from a cheaper one. Construction only adds bookings, so such a meeting can
    /// improve only once something it needs is freed.
    var constructedAt: [Int] = []
    var constructedPoolLimited: [Bool] = []
    /// Slots tried so far by construction and repair (the repair's budget is counted in these).
    var probes = 0
    var repairReport = RepairReport()
    /// For the repair: per owner key, the step at which a committed move last freed one of
    /// its bookings, and the step counter. A meeting whose owners nothing freed since it
    /// last tried cannot have a better slot now, so it is not tried again.
    var freedAt: [Int] = []
    var repairStep = 0
    var swapProbesLeft = 0
    /// Unplaced positions whose rescue failed, with the step it failed at.
    var rescueFailedAt: [Int: Int] = [:]
    var ownerCount: Int { registry.names.count }
    private var positions: [String: Int] = [:]
    /// Each participant's positions, for replanning one participant without a scan of everything.
    private var positionsByParticipant: [String: [Int]] = [:]
    var failures: [String: UnplacedMeeting] = [:]
    private var moves: [String: MoveReason] = [:]
    /// Every person of the agreement as an attendee, by registry key.
    private let attendeeCache: [MeetingAttendee?]

    public init(_ request: PlanRequest) {
        self.request = request
        let agreement = request.agreement
        let years = (request.range.first.year - 1)...(request.range.last.year + 1)
        calendar = WorkingCalendar(agreement: agreement, years: years)
        var registry = OwnerRegistry()
        for person in agreement.sortedPeople { _ = registry.key(person.id) }
        for room in agreement.rooms { _ = registry.key("room:" + room.id) }
        search = SlotSearch(calendar: calendar, agreement: agreement, registry: registry, plannedRange: request.range)
        attendeeCache = registry.names.map { name in
            agreement.people[name].map { MeetingAttendee(person: $0, isConvener: false) }
        }
        expander = ParticipantMeetingRequests(
            agreement: agreement, range: request.range, language: request.language, identity: request.identity
        )
        // Staff and rooms (registered first) get the flat table over the planned range
        // and the slack meetings may use around it.
        let denseSpan = DateSpan(first: request.range.first.adding(days: -120), last: request.range.last.adding(days: 120))
        ledger = BusyLedger(
            bufferMinutes: agreement.participantMeetings.bufferMinutes,
            denseOwners: registry.names.count, denseDays: denseSpan
        )
        for owner in request.busy.keys.sorted() {
            ledger.block(registry.key(owner), request.busy[owner] ?? [])
        }
        for owner in request.elsewhere.keys.sorted() {
            ledger.block(registry.key(owner), request.elsewhere[owner] ?? [])
        }
        self.registry = registry
    }

    /// Plans everything: earlier slots that still work are kept first, then the rest, the
    /// most constrained first, and the result is repaired (`strategy: .greedy` instead
    /// places in window order with no repair — the planner before issue #14, kept as the
    /// benchmark's baseline).
    public mutating func planAll(strategy: PlacementStrategy = .ranked) {
        let agreementLevel = MeetingRequests(request: request).all()
        // Each participant's meetings follow from the rules and that participant alone:
        // expanded on every core, then keyed here in order.
        let expander = expander
        let expanded = ParallelMap.map(request.participants.sorted(by: { $0.id < $1.id })) { expander.items(for: $0) }
        var participantRequests: [MeetingRequest?] = []
        participantRequests.reserveCapacity(expanded.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } })
        for run in expanded {
            for items in run {
                for item in keyed(items) { participantRequests.append(item) }
            }
        }
        // Sort indices, not the (large) requests themselves.
        let firstDays = participantRequests.map { $0?.window.first.dayNumber ?? 0 }
        let keys = participantRequests.map { $0?.key ?? "" }
        let sorted = participantRequests.indices.sorted { left, right in
            firstDays[left] != firstDays[right] ? firstDays[left] < firstDays[right] : keys[left] < keys[right]
        }
        let count = agreementLevel.count + sorted.count
        requests.reserveCapacity(count)
        slots.reserveCapacity(count)
        positions.reserveCapacity(count)
        for item in agreementLevel { register(keyed(item)) }
        for index in sorted {
            if let item = participantRequests[index].take() { register(item) }
        }
        participantRequests = []
        // Where each meeting planned before was; a meeting stored under a readable UID keeps
        // its slot under its opaque one.
        var earlier: [(date: LocalDate, start: LocalTime, minutes: Int, held: SlotSearch.Held)?] = []
        // A stored meeting names its room by the room's name.
        let roomIDs = Dictionary(request.agreement.rooms.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        // With `optimizeFrom`, stored meetings never sent and not yet past may move too.
        var unsent: [Int] = []
        for meeting in request.previous where meeting.status != .cancelled {
            guard let position = positions[request.identity.reissuedUID(of: meeting.uid) ?? meeting.uid] else { continue }
            if earlier.isEmpty { earlier = Array(repeating: nil, count: requests.count) }
            earlier[position] = (meeting.date, meeting.start, meeting.end.minutes - meeting.start.minutes, Self.held(by: meeting, rooms: roomIDs))
            if let from = request.optimizeFrom, meeting.status == .tentative, meeting.date >= from, meeting.participantID != nil {
                unsent.append(position)
            }
        }
        for position in earlier.indices {
            if let was = earlier[position], let item = requests[position] { keep(item, at: position, was) }
        }
        let optimizable = unsent.sorted().filter { slots[$0] != nil && requests[$0]?.participantID != nil }
        var participantPositions: [Int] = []
        for position in requests.indices where slots[position] == nil {
            guard let item = requests[position] else { continue }
            if item.participantID == nil {
                place(item, at: position)
            } else {
                participantPositions.append(position)
            }
        }
        switch strategy {
        case .ranked:
            construct(participantPositions)
            let kept = optimizable.map { (position: $0, slot: slots[$0]) }
            for position in optimizable { movable[position] = true }
            countOptions(optimizable)
            repair((participantPositions + optimizable).sorted())
            for (position, slot) in kept {
                guard let item = requests[position], let now = slots[position] else { continue }
                if now.date != slot?.date || now.start != slot?.start { moves[item.uid] = .improved }
            }
        case .greedy:
            for position in participantPositions {
                if let item = requests[position] { place(item, at: position) }
            }
        }
    }

    /// Plans one participant again after a change (dates, leave, holidays, advisors): their
    /// meetings keep their slots where still possible; nobody else's meeting moves.
    /// Returns the UIDs whose slot changed, appeared or went.
    @discardableResult
    public mutating func replan(participant: Participant) -> [String] {
        let before = positionsByParticipant[participant.id] ?? []
        var earlier: [Int: SearchSlot] = [:]
        var changed: Set<String> = []
        for position in before {
            guard let item = requests[position] else { continue }
            if let slot = slots[position] {
                unbook(item, slot, at: position)
                earlier[position] = slot
            }
            changed.insert(item.uid)
            slots[position] = nil
            failures[item.uid] = nil
            moves[item.uid] = nil
            requests[position] = nil
        }
        positionsByParticipant[participant.id] = nil
        let fresh = requests(for: participant).map { register($0) }
        for position in fresh {
            guard let item = requests[position] else { continue }
            changed.remove(item.uid)
            if let slot = earlier[position] {
                keep(item, at: position, slot.date, slot.start, SlotSearch.Held(interpreterID: slot.interpreterID, roomID: slot.room?.id))
            }
        }
        let open = fresh.filter { slots[$0] == nil && requests[$0] != nil }
        construct(open)
        repair(open)
        for position in fresh {
            let old = earlier[position]
            let new = slots[position]
            if old?.date != new?.date || old?.start != new?.start, let uid = requests[position]?.uid { changed.insert(uid) }
        }
        return changed.sorted()
    }

    /// The position of a request by UID, if it is planned in this session.
    func positionOf(_ uid: String) -> Int? {
        positions[uid].flatMap { requests[$0] == nil ? nil : $0 }
    }

    /// Stored meetings with a readable UID whose opaque counterpart is planned.
    private func reissued() -> [String: String] {
        var found: [String: String] = [:]
        for meeting in request.previous {
            if let uid = request.identity.reissuedUID(of: meeting.uid), let position = positions[uid], slots[position] != nil {
                found[meeting.uid] = uid
            }
        }
        return found
    }

    /// The plan as it stands, the meetings inside the range sorted by day and time.
    public func plan() -> Plan {
        let agreement = request.agreement
        // Sort light keys first and build each meeting value once, in its final place.
        var placed: [(day: Int, start: Int, uid: String, position: Int)] = []
        placed.reserveCapacity(slots.count)
        var warnings: [PlanWarning] = []
        var outside: [String] = []
        var preferred = 0
        var placedUIDs: Set<String> = []
        for position in requests.indices {
            guard let item = requests[position], let slot = slots[position] else { continue }
            let uid = item.uid
            placedUIDs.insert(uid)
            guard request.range.contains(slot.date) else {
                outside.append(uid)
                continue
            }
            placed.append((slot.date.dayNumber, slot.start.minutes, uid, position))
            if slot.start == item.preferredTime, item.preferredWeekday == nil || slot.date.weekday == item.preferredWeekday {
                preferred += 1
            }
            if let avoid = slot.avoidPeriod {
                warnings.append(PlanWarning(uid: uid, kind: item.kind, note: .placedInAvoidPeriod(name: avoid.name, window: item.window)))
            }
        }
        if let note = coverageNote() {
            warnings.insert(PlanWarning(uid: nil, kind: nil, note: note), at: 0)
        }
        placed.sort { ($0.day, $0.start, $0.uid) < ($1.day, $1.start, $1.uid) }
        var meetings: [PlannedMeeting] = []
        meetings.reserveCapacity(placed.count)
        for entry in placed {
            if let item = requests[entry.position], let slot = slots[entry.position] {
                meetings.append(meeting(item, slot: slot))
            }
        }
        let unplaced = failures.values.sorted { ($0.kind.rawValue, $0.uid) < ($1.kind.rawValue, $1.uid) }
        return Plan(
            agreementID: agreement.id,
            agreementName: agreement.name,
            range: request.range,
            stamp: request.stamp,
            timeZoneID: agreement.timeZoneID,
            language: request.language,
            meetings: meetings,
            warnings: warnings,
            unplaced: unplaced,
            placedOutsideRange: outside.sorted(),
            moves: moves.filter { placedUIDs.contains($0.key) },
            preferredSlotCount: preferred,
            reissued: reissued()
        )
    }

    /// The participant's requests; meetings that cannot even be asked for are failures.
    private mutating func requests(for participant: Participant) -> [MeetingRequest] {
        keyed(expander.items(for: participant))
    }

    /// The requests among expanded items, keyed; meetings that cannot even be asked for are failures.
    private mutating func keyed(_ items: [ParticipantMeetingRequests.Item]) -> [MeetingRequest] {
        var result: [MeetingRequest] = []
        result.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .request(let meetingRequest): result.append(keyed(meetingRequest))
            case .impossible(let meeting, _, _): failures[meeting.uid] = meeting
            }
        }
        return result
    }

    /// Adds a request to the session and returns its position (a UID that returns takes its
    /// old position, so it keeps its place in the order).
    @discardableResult
    private mutating func register(_ item: MeetingRequest) -> Int {
        let position: Int
        if let known = positions[item.uid] {
            position = known
            requests[position] = item
        } else {
            position = requests.count
            positions[item.uid] = position
            requests.append(item)
            slots.append(nil)
            costs.append(Ranking.unplacedCost)
            optionCounts.append(-1)
            boundCosts.append(0)
            boundDistances.append(0)
            movable.append(false)
            constructedAt.append(-1)
            constructedPoolLimited.append(false)
        }
        constructedAt[position] = -1
        rescueFailedAt[position] = nil
        costs[position] = Ranking.unplacedCost
        optionCounts[position] = -1
        movable[position] = false
        if let participantID = item.participantID {
            positionsByParticipant[participantID, default: []].append(position)
        }
        return position
    }

    /// The request with the registry keys of its owners.
    private mutating func keyed(_ item: MeetingRequest) -> MeetingRequest {
        var keyed = item
        keyed.bookedKeys = item.busyOwners.map { registry.key($0) }
        keyed.checkedKeys = keyed.bookedKeys + item.sharedBusyOwners.map { registry.key($0) }
        keyed.ranking = Ranking(request.agreement.participantMeetings.preference)
        keyed.spread = MeetingRequest.spread(of: item.key)
        return keyed
    }

    private mutating func keep(
        _ item: MeetingRequest, at position: Int, _ earlier: (date: LocalDate, start: LocalTime, minutes: Int, held: SlotSearch.Held)
    ) {
        guard earlier.minutes == item.durationMinutes else {
            moves[item.uid] = .durationChanged
            return
        }
        keep(item, at: position, earlier.date, earlier.start, earlier.held)
    }

    /// The interpreter and room of a stored meeting: the attendee who is an interpreter, and
    /// the room of the agreement its location names.
    private static func held(by meeting: PlannedMeeting, rooms: [String: String]) -> SlotSearch.Held {
        SlotSearch.Held(interpreterID: meeting.attendees.last { $0.role == .interpreter }?.id, roomID: rooms[meeting.location])
    }

    private mutating func keep(_ item: MeetingRequest, at position: Int, _ date: LocalDate, _ start: LocalTime, _ held: SlotSearch.Held) {
        switch search.keep(item, date: date, start: start, held: held, ledger: ledger, registry: registry) {
        case .success(let slot):
            book(item, slot, at: position)
        case .failure(.busy(let ids)):
            let names = ids.map { request.agreement.people[$0]?.name ?? $0 }
            // Taken by another agreement's meeting, rather than by imported busy time.
            let end = start.minutes + item.durationMinutes
            let takenElsewhere = ids.contains { id in
                request.elsewhere[id]?.contains { $0.date == date && $0.start < end && start.minutes < $0.end } ?? false
            }
            moves[item.uid] = takenElsewhere ? .bookedElsewhere(people: names) : .busy(people: names)
        case .failure(let reason):
            moves[item.uid] = reason
        }
    }

    mutating func place(_ item: MeetingRequest, at position: Int, diagnosing: Bool = false) {
        switch search.find(item, ledger: ledger, registry: registry, diagnosing: diagnosing) {
        case .placed(let slot):
            book(item, slot, at: position)
        case .failed(let note):
            failures[item.uid] = UnplacedMeeting(
                uid: item.uid, kind: item.kind, period: item.period, title: item.title,
                participantID: item.participantID, note: named(note)
            )
        }
    }

    mutating func book(_ item: MeetingRequest, _ slot: SearchSlot, at position: Int) {
        ledger.book(
            owners(item, slot), on: slot.date, from: slot.start.minutes, to: slot.start.minutes + item.durationMinutes,
            meeting: Self.ledgerID(item, position)
        )
        slots[position] = slot
        if item.participantID != nil { costs[position] = search.cost(item, date: slot.date, start: slot.start) }
    }

    /// Takes a meeting's booking back out of the ledger (its slot stays recorded).
    mutating func unbook(_ item: MeetingRequest, _ slot: SearchSlot, at position: Int) {
        ledger.unbook(
            owners(item, slot), on: slot.date, from: slot.start.minutes, to: slot.start.minutes + item.durationMinutes,
            meeting: Self.ledgerID(item, position)
        )
    }

    /// What the ledger names as holding a meeting's booking: its position, or, for a
    /// meeting of the agreement (never moved by the search), the mark of fixed busy time.
    static func ledgerID(_ item: MeetingRequest, _ position: Int) -> Int32 {
        item.participantID == nil ? BusyLedger.imported : Int32(position)
    }

    func owners(_ item: MeetingRequest, _ slot: SearchSlot) -> [Int] {
        var owners = item.bookedKeys
        if let interpreter = slot.interpreterKey { owners.append(interpreter) }
        if let room = slot.roomKey { owners.append(room) }
        return owners
    }

    /// Busy people by name (the people of the agreement; participants stay ids).
    private func named(_ note: PlanNote) -> PlanNote {
        guard case .attendeesBusy(let window, let ids) = note else { return note }
        return .attendeesBusy(window: window, people: ids.map { request.agreement.people[$0]?.name ?? $0 })
    }

    private func meeting(_ item: MeetingRequest, slot: SearchSlot) -> PlannedMeeting {
        let agreement = request.agreement
        // Staff are registered first, so their keys index `attendeeCache` directly.
        var attendees: [MeetingAttendee] = []
        attendees.reserveCapacity(item.attendeeIDs.count + 1)
        for (index, id) in item.attendeeIDs.enumerated() {
            let key = item.bookedKeys[index]
            guard key < attendeeCache.count, let attendee = attendeeCache[key] else { continue }
            attendees.append(id == item.convenerID ? attendee.asConvener : attendee)
        }
        if let key = slot.interpreterKey, key < attendeeCache.count, let interpreter = attendeeCache[key] {
            attendees.append(interpreter)
        }
        return PlannedMeeting(
            uid: item.uid, kind: item.kind, period: item.period, title: item.title, agenda: item.agenda,
            date: slot.date, start: slot.start, end: LocalTime(minutes: slot.start.minutes + item.durationMinutes)!,
            timeZoneID: agreement.timeZoneID, location: slot.room?.name ?? item.location,
            organizerID: item.convenerID, attendees: attendees, participantID: item.participantID,
            sequence: 0, status: .tentative
        )
    }

    /// A warning when the range reaches past the school holidays the agreement knows of.
    private func coverageNote() -> PlanNote? {
        guard let coverage = calendar.avoidCoverage else {
            return .schoolHolidaysNotCovered(covered: nil, planned: request.range)
        }
        if request.range.first < coverage.first || request.range.last > coverage.last {
            return .schoolHolidaysNotCovered(covered: coverage, planned: request.range)
        }
        return nil
    }
}
