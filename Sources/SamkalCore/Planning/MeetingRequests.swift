/// Expands the agreement's rules into the individual agreement-level meetings a date range
/// needs, in the order they are placed: leader meetings, revision, information meetings,
/// then the cooperation series (the rarer and larger meetings get first pick of the days).
struct MeetingRequests {
    let request: PlanRequest

    private var agreement: Agreement { request.agreement }
    private var language: Language { request.language }

    func all() -> [MeetingRequest] {
        var requests: [MeetingRequest] = []
        if let leader = agreement.leaderMeetings {
            requests += windowed(leader, extraAgenda: revisionAgendaItems())
        }
        if case .ownMeeting(let revision) = agreement.revision {
            requests += windowed(revision, extraAgenda: [:])
        }
        if let info = agreement.infoMeetings {
            requests += windowed(info, extraAgenda: [:])
        }
        if let cooperation = agreement.cooperationMeetings {
            requests += series(cooperation)
        }
        return requests
    }

    /// The revision as an agenda item of a leader meeting, keyed by the window's period.
    private func revisionAgendaItems() -> [String: String] {
        guard case .agendaItem(let period, let text) = agreement.revision else { return [:] }
        return [period: text ?? DefaultAgenda.revisionItem(in: language)]
    }

    private func request(
        _ rule: MeetingRule, uid period: String, title: String, agenda: [String], window: DateSpan, nominal: LocalDate?
    ) -> MeetingRequest {
        MeetingRequest(
            uid: request.identity.uid(forKey: "\(agreement.id)-\(rule.kind.rawValue)-\(period)", domain: agreement.uidDomain),
            key: "\(agreement.id)-\(rule.kind.rawValue)-\(period)",
            kind: rule.kind, period: period, title: title, agenda: agenda,
            convenerID: rule.convenerID, attendeeIDs: rule.attendeeIDs,
            participantID: nil, extraBusyOwners: [], sharedBusyOwners: [], interpreterLanguage: nil, needsRoom: false,
            window: window, nominalDate: nominal,
            preferredWeekday: rule.preference.weekday, preferredTime: rule.preference.time,
            durationMinutes: rule.preference.durationMinutes, location: rule.preference.location,
            avoidSchoolHolidays: rule.avoidSchoolHolidays, blocked: []
        )
    }

    /// One request per window per year, for each window that touches the range.
    private func windowed(_ windowed: WindowedMeetingRule, extraAgenda: [String: String]) -> [MeetingRequest] {
        let rule = windowed.rule
        var requests: [MeetingRequest] = []
        for year in (request.range.first.year - 1)...request.range.last.year {
            for window in windowed.windows {
                let span = window.span(in: year)
                guard span.overlaps(request.range) else { continue }
                let period = windowed.windows.count == 1 && window.period == "annual"
                    ? "\(year)"
                    : "\(year)-\(window.period)"
                var agenda = rule.agenda ?? DefaultAgenda.items(for: rule.kind, in: language)
                if let item = extraAgenda[window.period] {
                    agenda.insert(item, at: 0)
                }
                let base = rule.title ?? rule.kind.title(in: language)
                let title = window.period == "annual"
                    ? "\(base) \(year)"
                    : "\(base) \(window.periodName(in: language)) \(year)"
                requests.append(request(rule, uid: period, title: title, agenda: agenda, window: span, nominal: nil))
            }
        }
        return requests.sorted { ($0.window.first, $0.key) < ($1.window.first, $1.key) }
    }

    /// The series dates whose candidate days touch the range. Each meeting may move within
    /// its own week, or into the next when the series is at most every other week.
    private func series(_ series: SeriesMeetingRule) -> [MeetingRequest] {
        let rule = series.rule
        let step = series.everyWeeks * 7
        let slack = series.everyWeeks >= 2 ? 13 : 6
        let firstIndex = max(0, (series.firstDate.days(until: request.range.first) - slack) / step)
        var requests: [MeetingRequest] = []
        var index = firstIndex
        while true {
            let nominal = series.firstDate.adding(days: index * step)
            if nominal > request.range.last { break }
            index += 1
            let weekStart = nominal.startOfWeek
            let window = DateSpan(first: max(weekStart, series.firstDate), last: weekStart.adding(days: slack))!
            guard window.overlaps(request.range) else { continue }
            let week = nominal.isoWeek
            let period = "\(week.year)-W\(LocalDate.pad(week.week, 2))"
            requests.append(request(
                rule, uid: period, title: rule.title ?? rule.kind.title(in: language),
                agenda: rule.agenda ?? DefaultAgenda.items(for: rule.kind, in: language),
                window: window, nominal: nominal
            ))
        }
        return requests
    }
}
