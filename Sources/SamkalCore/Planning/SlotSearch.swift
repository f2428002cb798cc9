/// Finds the first free slot for a request, trying the most preferred first:
/// the preferred weekday at the preferred time, then other times, then other days;
/// days in periods to avoid only when the window has no other meeting day.
struct SlotSearch {
    let calendar: WorkingCalendar

    struct Slot {
        let date: LocalDate
        let start: LocalTime
        let avoidPeriod: AvoidPeriod?
        let isPreferred: Bool
    }

    enum Outcome {
        case placed(Slot)
        case noMeetingDay
        case busy([String])
    }

    func find(_ request: MeetingRequest, ledger: BusyLedger) -> Outcome {
        let preference = request.rule.preference
        let meetingDays = orderedDays(request).filter(calendar.isMeetingDay)
        guard !meetingDays.isEmpty else { return .noMeetingDay }

        let clear = meetingDays.filter { !request.rule.avoidSchoolHolidays || calendar.avoidPeriod(on: $0) == nil }
        let dayGroups = clear.isEmpty ? [meetingDays] : [clear]
        let times = startTimes(preferred: preference.time, duration: preference.durationMinutes)
        let attendees = request.rule.attendeeIDs
        var busyCount: [String: Int] = [:]

        for days in dayGroups {
            let preferredDays = days.filter { preference.weekday == nil || $0.weekday == preference.weekday }
            let otherDays = days.filter { preference.weekday != nil && $0.weekday != preference.weekday }
            let passes: [([LocalDate], [LocalTime])] = [
                (preferredDays, [preference.time]),
                (preferredDays, Array(times.dropFirst())),
                (otherDays, [preference.time]),
                (otherDays, Array(times.dropFirst())),
            ]
            for (passIndex, (passDays, passTimes)) in passes.enumerated() {
                for day in passDays {
                    for time in passTimes {
                        let end = time.minutes + preference.durationMinutes
                        if ledger.areFree(attendees, on: day, from: time.minutes, to: end) {
                            let avoid = request.rule.avoidSchoolHolidays ? calendar.avoidPeriod(on: day) : nil
                            return .placed(Slot(date: day, start: time, avoidPeriod: avoid, isPreferred: passIndex == 0))
                        }
                        for person in attendees where !ledger.isFree(person, on: day, from: time.minutes, to: end) {
                            busyCount[person, default: 0] += 1
                        }
                    }
                }
            }
        }
        let most = busyCount.values.max() ?? 0
        return .busy(busyCount.filter { $0.value == most }.keys.sorted())
    }

    /// The window's days, nearest the nominal date first for series meetings, else in date order.
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
        return [preferred] + times
    }
}
