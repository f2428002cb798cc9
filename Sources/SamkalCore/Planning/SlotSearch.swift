/// Finds a slot for a request: a day, a start time, and an interpreter and a room if
/// needed, with everyone free. The most preferred first: the preferred weekday at the
/// preferred time, then other times, then other days; days in periods to avoid only when
/// the window has no other meeting day.
struct SlotSearch {
    let calendar: WorkingCalendar
    /// Interpreter person ids by language, sorted.
    let interpreters: [String: [String]]
    /// Rooms, smallest first.
    let rooms: [Room]

    struct Slot {
        let date: LocalDate
        let start: LocalTime
        let interpreterID: String?
        let room: Room?
        let avoidPeriod: AvoidPeriod?
        let isPreferred: Bool
    }

    enum Outcome {
        case placed(Slot)
        case failed(PlanNote)
    }

    /// Why one candidate slot does not work.
    private enum Misfit: Error {
        case busy([String])
        case interpreter
        case room
    }

    init(calendar: WorkingCalendar, agreement: Agreement) {
        self.calendar = calendar
        var byLanguage: [String: [String]] = [:]
        for person in agreement.sortedPeople where person.role == .interpreter {
            for language in person.languages { byLanguage[language, default: []].append(person.id) }
        }
        interpreters = byLanguage
        rooms = agreement.rooms.sorted { ($0.capacity, $0.id) < ($1.capacity, $1.id) }
    }

    func find(_ request: MeetingRequest, ledger: BusyLedger) -> Outcome {
        if let language = request.interpreterLanguage, (interpreters[language] ?? []).isEmpty {
            return .failed(.noInterpreter(language: language))
        }
        if request.needsRoom, !rooms.contains(where: { $0.capacity >= request.headCount }) {
            return .failed(.noRoom(people: request.headCount))
        }
        let meetingDays = orderedDays(request).filter(calendar.isMeetingDay)
        guard !meetingDays.isEmpty else { return .failed(.noMeetingDay(window: request.window)) }
        let available = meetingDays.filter { !request.isBlocked($0) }
        guard !available.isEmpty else { return .failed(.participantUnavailable(window: request.window)) }

        let clear = available.filter { !request.avoidSchoolHolidays || calendar.avoidPeriod(on: $0) == nil }
        let days = clear.isEmpty ? available : clear
        let times = startTimes(preferred: request.preferredTime, duration: request.durationMinutes)
        let preferredDays = days.filter { request.preferredWeekday == nil || $0.weekday == request.preferredWeekday }
        let otherDays = days.filter { request.preferredWeekday != nil && $0.weekday != request.preferredWeekday }
        let passes: [([LocalDate], ArraySlice<LocalTime>)] = [
            (preferredDays, times.prefix(1)),
            (preferredDays, times.dropFirst()),
            (otherDays, times.prefix(1)),
            (otherDays, times.dropFirst()),
        ]
        var busyCount: [String: Int] = [:]
        var interpreterMisses = 0
        var roomMisses = 0
        for (passIndex, (passDays, passTimes)) in passes.enumerated() {
            for day in passDays {
                for time in passTimes {
                    switch fit(request, on: day, at: time, ledger: ledger) {
                    case .success(let slot):
                        return .placed(Slot(
                            date: day, start: time, interpreterID: slot.interpreter, room: slot.room,
                            avoidPeriod: request.avoidSchoolHolidays ? calendar.avoidPeriod(on: day) : nil,
                            isPreferred: passIndex == 0
                        ))
                    case .failure(.busy(let owners)):
                        for owner in owners { busyCount[owner, default: 0] += 1 }
                    case .failure(.interpreter):
                        interpreterMisses += 1
                    case .failure(.room):
                        roomMisses += 1
                    }
                }
            }
        }
        if busyCount.isEmpty, interpreterMisses > 0, let language = request.interpreterLanguage {
            return .failed(.interpretersBusy(language: language, window: request.window))
        }
        if busyCount.isEmpty, roomMisses > 0 {
            return .failed(.roomsBusy(window: request.window))
        }
        let most = busyCount.values.max() ?? 0
        return .failed(.attendeesBusy(window: request.window, people: busyCount.filter { $0.value == most }.keys.sorted()))
    }

    /// Whether a request can keep a slot it had before: the same day and time, with
    /// everyone free and an interpreter and room found.
    func keep(_ request: MeetingRequest, date: LocalDate, start: LocalTime, ledger: BusyLedger) -> Result<Slot, MoveReason> {
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
        switch fit(request, on: date, at: start, ledger: ledger) {
        case .success(let found):
            return .success(Slot(
                date: date, start: start, interpreterID: found.interpreter, room: found.room,
                avoidPeriod: request.avoidSchoolHolidays ? calendar.avoidPeriod(on: date) : nil, isPreferred: false
            ))
        case .failure(.busy(let owners)):
            return .failure(.busy(people: owners))
        case .failure:
            return .failure(.interpreterOrRoomUnavailable)
        }
    }

    private struct Fit {
        let interpreter: String?
        let room: Room?
    }

    private func fit(_ request: MeetingRequest, on day: LocalDate, at time: LocalTime, ledger: BusyLedger) -> Result<Fit, Misfit> {
        let end = time.minutes + request.durationMinutes
        let busy = request.busyOwners.filter { !ledger.isFree($0, on: day, from: time.minutes, to: end) }
        guard busy.isEmpty else { return .failure(.busy(busy)) }
        var interpreter: String?
        if let language = request.interpreterLanguage {
            interpreter = interpreters[language]?.first { ledger.isFree($0, on: day, from: time.minutes, to: end) }
            guard interpreter != nil else { return .failure(.interpreter) }
        }
        var room: Room?
        if request.needsRoom {
            room = rooms.first { $0.capacity >= request.headCount && ledger.isFree("room:" + $0.id, on: day, from: time.minutes, to: end) }
            guard room != nil else { return .failure(.room) }
        }
        return .success(Fit(interpreter: interpreter, room: room))
    }

    /// The window's days, nearest the nominal date first (earlier first on ties), else in date order.
    private func orderedDays(_ request: MeetingRequest) -> [LocalDate] {
        let days = request.window.days
        guard let nominal = request.nominalDate else { return days }
        return days.sorted { lhs, rhs in
            let left = abs(nominal.days(until: lhs))
            let right = abs(nominal.days(until: rhs))
            return left != right ? left < right : lhs < rhs
        }
    }

    /// Start times inside working hours in quarter-hour steps, the preferred one first and
    /// the rest by distance from it (earlier first on ties).
    private func startTimes(preferred: LocalTime, duration: Int) -> [LocalTime] {
        let hours = calendar.workingHours
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
