/// Finds a slot for a request: a day, a start time, and an interpreter and a room if
/// needed, with everyone free. The most preferred first: the preferred weekday at the
/// preferred time, then other times, then other days; days in periods to avoid only when
/// the window has no other meeting day.
struct SlotSearch {
    let calendar: WorkingCalendar
    /// Interpreters by language, sorted by id, with their registry keys.
    let interpreters: [String: [(id: String, key: Int)]]
    /// Rooms, smallest first, with their registry keys.
    let rooms: [(room: Room, key: Int)]
    /// Start-time orders by preferred minute × 10 000 + duration.
    private let startTimeTable: [Int: [LocalTime]]

    struct Slot {
        let date: LocalDate
        let start: LocalTime
        let interpreterID: String?
        let room: Room?
        let interpreterKey: Int?
        let roomKey: Int?
        let avoidPeriod: AvoidPeriod?
    }

    enum Outcome {
        case placed(Slot)
        case failed(PlanNote)
    }

    /// Why one candidate slot does not work.
    enum Misfit: Error {
        /// Bit `i` set: `checkedKeys[i]` is busy (at most 64 calendars per meeting);
        /// `until` is the end of the first booking found, after which that owner may be free.
        case busy(mask: UInt64, blocking: BusyLedger.Booking?)
        case interpreter
        case room
    }

    /// The range being planned: of two days equally good for a meeting, the one inside it
    /// comes first (a meeting placed outside is not in this plan, and would be placed anew
    /// by the next run).
    let plannedRange: DateSpan?

    /// `registry` must already hold every person and every `room:<id>`.
    init(calendar: WorkingCalendar, agreement: Agreement, registry: OwnerRegistry, plannedRange: DateSpan? = nil) {
        self.calendar = calendar
        self.plannedRange = plannedRange
        var byLanguage: [String: [(id: String, key: Int)]] = [:]
        for person in agreement.sortedPeople where person.role == .interpreter {
            guard let key = registry.existingKey(person.id) else { continue }
            for language in person.languages { byLanguage[language, default: []].append((person.id, key)) }
        }
        interpreters = byLanguage
        rooms = agreement.rooms.sorted { ($0.capacity, $0.id) < ($1.capacity, $1.id) }.compactMap { room in
            registry.existingKey("room:" + room.id).map { (room, $0) }
        }
        var table: [Int: [LocalTime]] = [:]
        let participantRules = agreement.participantMeetings
        let durations = [participantRules.threeWay.durationMinutes, participantRules.team.durationMinutes,
                         participantRules.leaveFollowUp.durationMinutes, participantRules.transition.durationMinutes]
        for duration in durations {
            table[participantRules.time.minutes * 10_000 + duration] = Self.startTimes(
                hours: calendar.workingHours, preferred: participantRules.time, duration: duration
            )
        }
        startTimeTable = table
    }

    /// (preferred weekday?, preferred time only?) in order of preference.
    private static let passesWithWeekday: [(preferredDay: Bool, preferredTime: Bool)] = [(true, true), (true, false), (false, true), (false, false)]
    private static let passesWithoutWeekday: [(preferredDay: Bool, preferredTime: Bool)] = [(true, true), (true, false)]

    /// With `diagnosing`, the caller already knows no slot is free (the cost-ordered search
    /// found none): only the pass that counts who binds runs, for the note.
    func find(_ request: MeetingRequest, ledger: BusyLedger, registry: OwnerRegistry, diagnosing: Bool = false) -> Outcome {
        if let language = request.interpreterLanguage, (interpreters[language] ?? []).isEmpty {
            return .failed(.noInterpreter(language: language))
        }
        if request.needsRoom, !rooms.contains(where: { $0.room.capacity >= request.headCount }) {
            return .failed(.noRoom(people: request.headCount))
        }
        let order = orderedDays(request)
        var anyMeetingDay = false
        var anyAvailable = false
        var anyClear = false
        for day in order where calendar.isMeetingDay(day) {
            anyMeetingDay = true
            if request.isBlocked(day) { continue }
            anyAvailable = true
            if !request.avoidSchoolHolidays || calendar.avoidPeriod(on: day) == nil {
                anyClear = true
                break
            }
        }
        guard anyMeetingDay else { return .failed(.noMeetingDay(window: request.window)) }
        guard anyAvailable else { return .failed(.participantUnavailable(window: request.window)) }

        // School holidays are used only when the window has no other day.
        let useAvoided = !anyClear
        func usable(_ day: LocalDate) -> Bool {
            guard calendar.isMeetingDay(day), !request.isBlocked(day) else { return false }
            return useAvoided || !request.avoidSchoolHolidays || calendar.avoidPeriod(on: day) == nil
        }
        let times = startTimes(preferred: request.preferredTime, duration: request.durationMinutes)
        let spread = request.spread
        let weekday = request.preferredWeekday
        // (preferred weekday?, preferred time only?) in order of preference. A series
        // meeting (with a nominal day) tries the preferred time only in the week around
        // that day, then takes the nearest day at any time: keeping the cadence matters
        // more than the hour.
        let passes = weekday == nil ? Self.passesWithoutWeekday : Self.passesWithWeekday
        let nominalDay = request.nominalDate?.dayNumber
        // The fast search stops at the first busy calendar; only if nothing fits is the
        // search repeated counting everyone busy, to name who binds.
        var busyCount: [Int] = []
        var interpreterMisses = 0
        var roomMisses = 0
        for countBusy in diagnosing ? [true] : [false, true] {
            if countBusy { busyCount = [Int](repeating: 0, count: min(64, request.checkedKeys.count)) }
            interpreterMisses = 0
            roomMisses = 0
            for pass in passes {
                let dayMajor = nominalDay != nil && !pass.preferredTime
                let passTimes = pass.preferredTime ? times.prefix(1) : dayMajor ? times[...] : times.dropFirst()
                for day in order where usable(day) {
                    if let weekday, (day.weekday == weekday) != pass.preferredDay { continue }
                    if pass.preferredTime, let nominalDay, abs(day.dayNumber - nominalDay) > 3 { continue }
                    // Bookings already found to block this day: times that overlap them are
                    // skipped without asking the ledger again (not while counting who binds).
                    var known: [BusyLedger.Booking] = []
                    let padding = ledger.bufferMinutes
                    for time in passTimes {
                        let end = time.minutes + request.durationMinutes
                        if !countBusy, known.contains(where: { $0.start < end + padding && time.minutes - padding < $0.end }) {
                            continue
                        }
                        switch fit(request, on: day, at: time, ledger: ledger, spread: spread, everyBusy: countBusy) {
                        case .success(let slot):
                            return .placed(Slot(
                                date: day, start: time, interpreterID: slot.interpreter?.id, room: slot.room?.room,
                                interpreterKey: slot.interpreter?.key, roomKey: slot.room?.key,
                                avoidPeriod: request.avoidSchoolHolidays ? calendar.avoidPeriod(on: day) : nil
                            ))
                        case .failure(.busy(let mask, let blocking)):
                            if countBusy {
                                for index in busyCount.indices where mask & (1 << UInt64(index)) != 0 { busyCount[index] += 1 }
                            } else if let blocking {
                                known.append(blocking)
                            }
                        case .failure(.interpreter):
                            interpreterMisses += 1
                        case .failure(.room):
                            roomMisses += 1
                        }
                    }
                }
            }
        }
        let most = busyCount.max() ?? 0
        if most == 0, interpreterMisses > 0, let language = request.interpreterLanguage {
            return .failed(.interpretersBusy(language: language, window: request.window))
        }
        if most == 0, roomMisses > 0 {
            return .failed(.roomsBusy(window: request.window))
        }
        let busiest = busyCount.indices.filter { busyCount[$0] == most && most > 0 }.map { registry.name(request.checkedKeys[$0]) }
        return .failed(.attendeesBusy(window: request.window, people: busiest.sorted()))
    }

    /// Whether a request can keep a slot it had before: the same day and time, with
    /// everyone free and an interpreter and room found.
    /// The interpreter and room a stored meeting had, kept when still free (`held`): planning
    /// again must not send a new room or a different interpreter for a meeting that stays.
    func keep(
        _ request: MeetingRequest, date: LocalDate, start: LocalTime, held: Held, ledger: BusyLedger, registry: OwnerRegistry
    ) -> Result<Slot, MoveReason> {
        guard request.window.contains(date) else { return .failure(.outsideWindow) }
        guard calendar.isMeetingDay(date), calendar.workingHours.contains(time: start, duration: request.durationMinutes) else {
            return .failure(.notAvailableDay)
        }
        guard !request.isBlocked(date) else { return .failure(.participantUnavailable) }
        if request.avoidSchoolHolidays, let period = calendar.avoidPeriod(on: date) {
            let hasClearDay = request.window.days.contains {
                calendar.isMeetingDay($0) && calendar.avoidPeriod(on: $0) == nil && !request.isBlocked($0)
            }
            if hasClearDay { return .failure(.inAvoidPeriod(name: period.name)) }
        }
        switch fit(request, on: date, at: start, ledger: ledger, spread: request.spread, everyBusy: true, held: held) {
        case .success(let found):
            return .success(Slot(
                date: date, start: start, interpreterID: found.interpreter?.id, room: found.room?.room,
                interpreterKey: found.interpreter?.key, roomKey: found.room?.key,
                avoidPeriod: request.avoidSchoolHolidays ? calendar.avoidPeriod(on: date) : nil
            ))
        case .failure(.busy(let mask, _)):
            let owners = request.checkedKeys.prefix(64).enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }
            return .failure(.busy(people: owners.map { registry.name($0.element) }))
        case .failure:
            return .failure(.interpreterOrRoomUnavailable)
        }
    }

    struct Fit {
        let interpreter: (id: String, key: Int)?
        let room: (room: Room, key: Int)?
    }

    /// The interpreter (person id) and room (room id) a meeting held before, if any.
    struct Held {
        var interpreterID: String?
        var roomID: String?

        static let none = Held()
    }

    /// The first element that matches, searching round from `offset`.
    static func first<Element>(in pool: [Element], from offset: Int, where matches: (Element) -> Bool) -> Element? {
        guard !pool.isEmpty else { return nil }
        let start = offset % pool.count
        for index in 0..<pool.count {
            let element = pool[(start + index) % pool.count]
            if matches(element) { return element }
        }
        return nil
    }

    /// Whether the slot works. With `everyBusy` false it stops at the first busy calendar
    /// (the fast path); with true it reports all of them (to name who binds a failure).
    func fit(
        _ request: MeetingRequest, on day: LocalDate, at time: LocalTime, ledger: BusyLedger,
        spread: Int, everyBusy: Bool = false, held: Held = .none
    ) -> Result<Fit, Misfit> {
        let end = time.minutes + request.durationMinutes
        var mask: UInt64 = 0
        var blocking: BusyLedger.Booking?
        for (index, key) in request.checkedKeys.prefix(64).enumerated() {
            guard let conflict = ledger.conflict(key, on: day, from: time.minutes, to: end) else { continue }
            mask |= 1 << UInt64(index)
            if blocking == nil { blocking = conflict }
            if !everyBusy { break }
        }
        guard mask == 0 else { return .failure(.busy(mask: mask, blocking: blocking)) }
        var interpreter: (id: String, key: Int)?
        if let language = request.interpreterLanguage, let pool = interpreters[language] {
            let free = { (member: (id: String, key: Int)) in ledger.isFree(member.key, on: day, from: time.minutes, to: end) }
            interpreter = held.interpreterID.flatMap { id in pool.first { $0.id == id && free($0) } }
                ?? Self.first(in: pool, from: spread, where: free)
            guard interpreter != nil else { return .failure(.interpreter) }
        }
        var room: (room: Room, key: Int)?
        if request.needsRoom {
            let people = request.headCount
            let usable = { (member: (room: Room, key: Int)) in
                member.room.capacity >= people && ledger.isFree(member.key, on: day, from: time.minutes, to: end)
            }
            room = held.roomID.flatMap { id in rooms.first { $0.room.id == id && usable($0) } } ?? Self.first(in: rooms, from: spread, where: usable)
            guard room != nil else { return .failure(.room) }
        }
        return .success(Fit(interpreter: interpreter, room: room))
    }

    /// The window's days, nearest the nominal date first (earlier first on ties), else in
    /// date order. Produced lazily: most searches stop after a day or two.
    private func orderedDays(_ request: MeetingRequest) -> DayOrder {
        DayOrder(first: request.window.first.dayNumber, last: request.window.last.dayNumber, nominal: request.nominalDate?.dayNumber)
    }

    struct DayOrder: Sequence {
        let first: Int
        let last: Int
        let nominal: Int?

        struct Iterator: IteratorProtocol {
            let first: Int
            let last: Int
            let centre: Int
            let outwards: Bool
            var offset = 0
            var before = true

            mutating func next() -> LocalDate? {
                guard outwards else {
                    let day = first + offset
                    offset += 1
                    return day <= last ? LocalDate(dayNumber: day) : nil
                }
                while centre - offset >= first || centre + offset <= last {
                    if offset == 0 {
                        offset = 1
                        return LocalDate(dayNumber: centre)
                    }
                    if before {
                        before = false
                        if centre - offset >= first { return LocalDate(dayNumber: centre - offset) }
                    }
                    before = true
                    let day = centre + offset
                    offset += 1
                    if day <= last { return LocalDate(dayNumber: day) }
                }
                return nil
            }
        }

        func makeIterator() -> Iterator {
            if let nominal, nominal >= first, nominal <= last {
                return Iterator(first: first, last: last, centre: nominal, outwards: true)
            }
            return Iterator(first: first, last: last, centre: first, outwards: false)
        }
    }

    /// Start times for a preferred time and duration, computed once per pair.
    func startTimes(preferred: LocalTime, duration: Int) -> [LocalTime] {
        startTimeTable[preferred.minutes * 10_000 + duration] ?? Self.startTimes(hours: calendar.workingHours, preferred: preferred, duration: duration)
    }

    /// Start times inside working hours in quarter-hour steps, the preferred one first and
    /// the rest by distance from it (earlier first on ties).
    static func startTimes(hours: WorkingHours, preferred: LocalTime, duration: Int) -> [LocalTime] {
        var times: [LocalTime] = []
        var minute = hours.start.minutes
        while minute + duration <= hours.end.minutes {
            if minute != preferred.minutes, let time = LocalTime(minutes: minute) { times.append(time) }
            minute += 15
        }
        times.sort { lhs, rhs in
            let left = abs(lhs.minutes - preferred.minutes)
            let right = abs(rhs.minutes - preferred.minutes)
            return left != right ? left < right : lhs < rhs
        }
        let preferredFits = hours.contains(time: preferred, duration: duration)
        return preferredFits ? [preferred] + times : times
    }
}
