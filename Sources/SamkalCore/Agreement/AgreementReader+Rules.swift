extension AgreementReader {
    static let ruleKeys = [
        "title", "weekday", "time", "durationMinutes", "location", "convener",
        "leadersOf", "contactsOf", "attendees", "agenda", "avoidSchoolHolidays",
    ]

    func leaderMeetingRule(_ field: YAMLField) -> WindowedMeetingRule? {
        guard let mapping = reader.mapping(
            field,
            required: ["windows", "time", "durationMinutes", "location", "convener"],
            optional: ["perYear"] + Self.ruleKeys.filter { !["time", "durationMinutes", "location", "convener"].contains($0) }
        ) else { return nil }
        let windows = mapping["windows"].flatMap(self.windows)
        if let windows, let perYearField = mapping["perYear"], let perYear = reader.int(perYearField, in: 1...12),
           perYear != windows.count {
            reader.report(perYearField, .perYearMismatch(perYear: perYear, windows: windows.count))
        }
        let rule = meetingRule(mapping, kind: .leaderMeeting)
        guard let windows, let rule else { return nil }
        return WindowedMeetingRule(rule: rule, windows: windows)
    }

    func revisionRule(_ field: YAMLField, leaderMeetings: WindowedMeetingRule?) -> RevisionRule? {
        guard case .mapping(let raw) = field.node else {
            reader.report(field, .wrongType(expected: .mapping))
            return nil
        }
        let joined = raw.keys.contains { $0.string == "agendaItemOf" }
        if joined {
            guard let mapping = reader.mapping(field, required: ["agendaItemOf"], optional: ["text"]),
                  let periodField = mapping["agendaItemOf"],
                  let period = reader.string(periodField)
            else { return nil }
            let known = leaderMeetings?.windows.map(\.period) ?? []
            guard known.contains(period) else {
                reader.report(periodField, .unknownPeriod(period, known: known))
                return nil
            }
            let text = mapping["text"].flatMap(reader.longString)
            return .agendaItem(ofLeaderMeetingIn: period, text: text)
        }
        guard let mapping = reader.mapping(
            field,
            required: ["window", "time", "durationMinutes", "location", "convener"],
            optional: Self.ruleKeys.filter { !["time", "durationMinutes", "location", "convener"].contains($0) }
        ) else { return nil }
        let window = mapping["window"].flatMap { self.window($0, defaultPeriod: "annual") }
        let rule = meetingRule(mapping, kind: .agreementRevision)
        guard let window, let rule else { return nil }
        return .ownMeeting(WindowedMeetingRule(rule: rule, windows: [window]))
    }

    func cooperationRule(_ field: YAMLField) -> SeriesMeetingRule? {
        guard let mapping = reader.mapping(
            field,
            required: ["everyWeeks", "firstDate", "time", "durationMinutes", "location", "convener"],
            optional: Self.ruleKeys.filter { !["time", "durationMinutes", "location", "convener"].contains($0) }
        ) else { return nil }
        let everyWeeks = mapping["everyWeeks"].flatMap { reader.int($0, in: 1...52) }
        let firstDate = mapping["firstDate"].flatMap(reader.date)
        let rule = meetingRule(mapping, kind: .cooperationMeeting)
        if let firstDate, let rule, let weekday = rule.preference.weekday, firstDate.weekday != weekday,
           let dateField = mapping["firstDate"] {
            reader.report(dateField, .firstDateNotOnWeekday(date: firstDate.description, weekday: weekday))
        }
        if let firstDate, !meetingWeekdays.contains(firstDate.weekday), let dateField = mapping["firstDate"] {
            reader.report(dateField, .invalidChoice(
                firstDate.weekday.rawValue,
                allowed: meetingWeekdays.sorted().map(\.rawValue)
            ))
        }
        guard let everyWeeks, let firstDate, let rule else { return nil }
        let preference = SlotPreference(
            weekday: firstDate.weekday,
            time: rule.preference.time,
            durationMinutes: rule.preference.durationMinutes,
            location: rule.preference.location
        )
        let anchored = MeetingRule(
            kind: rule.kind, title: rule.title, preference: preference, convenerID: rule.convenerID,
            attendeeIDs: rule.attendeeIDs, agenda: rule.agenda, avoidSchoolHolidays: rule.avoidSchoolHolidays
        )
        return SeriesMeetingRule(rule: anchored, everyWeeks: everyWeeks, firstDate: firstDate)
    }

    func infoMeetingRule(_ field: YAMLField) -> WindowedMeetingRule? {
        guard let mapping = reader.mapping(
            field,
            required: ["windows", "time", "durationMinutes", "location", "convener"],
            optional: Self.ruleKeys.filter { !["time", "durationMinutes", "location", "convener"].contains($0) }
        ) else { return nil }
        let windows = mapping["windows"].flatMap(self.windows)
        let rule = meetingRule(mapping, kind: .infoMeeting)
        guard let windows, let rule else { return nil }
        return WindowedMeetingRule(rule: rule, windows: windows)
    }

    /// The keys every meeting rule shares: slot, place, convener, attendees, agenda.
    private func meetingRule(_ mapping: YAMLMapping, kind: MeetingKind) -> MeetingRule? {
        let weekday = mapping["weekday"].flatMap(reader.weekday)
        if let weekday, !meetingWeekdays.contains(weekday), let field = mapping["weekday"] {
            reader.report(field, .invalidChoice(weekday.rawValue, allowed: meetingWeekdays.sorted().map(\.rawValue)))
        }
        let time = mapping["time"].flatMap(reader.time)
        let duration = mapping["durationMinutes"].flatMap { reader.int($0, in: 5...(24 * 60)) }
        if let time, let timeField = mapping["time"] {
            if time < workingHours.start || time >= workingHours.end {
                reader.report(timeField, .timeOutsideWorkingHours(time: time.description, hours: workingHoursText))
            } else if let duration, !workingHours.contains(time: time, duration: duration),
                      let durationField = mapping["durationMinutes"] {
                reader.report(durationField, .durationDoesNotFit(time: time.description, minutes: duration, hours: workingHoursText))
            }
        }
        let location = mapping["location"].flatMap(reader.string)
        let convener = mapping["convener"].flatMap(convenerReference)
        let title = mapping["title"].flatMap(reader.string)
        let agenda = mapping["agenda"].flatMap { reader.strings($0, maximumLength: InputLimits.longTextCharacters) }
        let avoid = mapping["avoidSchoolHolidays"].flatMap(reader.bool) ?? true

        var attendees: [String] = convener.map { [$0] } ?? []
        func add(_ id: String) {
            if !attendees.contains(id) { attendees.append(id) }
        }
        if let field = mapping["leadersOf"], let items = reader.list(field) {
            for item in items {
                guard let party = partyReference(item) else { continue }
                guard let leader = party.leaderID else {
                    reader.report(item, .partyWithoutLeader(party.id))
                    continue
                }
                add(leader)
            }
        }
        if let field = mapping["contactsOf"], let items = reader.list(field) {
            for item in items {
                guard let party = partyReference(item) else { continue }
                for member in party.memberIDs where people[member]?.role == .contactPerson {
                    add(member)
                }
            }
        }
        if let field = mapping["attendees"], let items = reader.list(field) {
            for item in items {
                if let id = personReference(item) { add(id) }
            }
        }
        if mapping["leadersOf"] == nil, mapping["contactsOf"] == nil, mapping["attendees"] == nil {
            reader.report(mapping.field, .missingKey("attendees"))
        }
        guard let time, let duration, let location, let convener else { return nil }
        return MeetingRule(
            kind: kind,
            title: title,
            preference: SlotPreference(weekday: weekday, time: time, durationMinutes: duration, location: location),
            convenerID: convener,
            attendeeIDs: attendees,
            agenda: agenda,
            avoidSchoolHolidays: avoid
        )
    }

    private func convenerReference(_ field: YAMLField) -> String? {
        guard let id = personReference(field) else { return nil }
        let party = people[id].flatMap { person in parties.first { $0.id == person.partyID } }
        guard party?.kind == .refugeeService else {
            reader.report(field, .convenerNotRefugeeService(id))
            return nil
        }
        return id
    }

    private func windows(_ field: YAMLField) -> [MeetingWindow]? {
        guard let items = reader.list(field) else { return nil }
        var windows: [MeetingWindow] = []
        var periods: Set<String> = []
        for (index, item) in items.enumerated() {
            guard let window = window(item, defaultPeriod: "p\(index + 1)") else { continue }
            guard periods.insert(window.period).inserted else {
                reader.report(item, .duplicateID(window.period))
                continue
            }
            windows.append(window)
        }
        return windows.count == items.count ? windows : nil
    }

    private func window(_ field: YAMLField, defaultPeriod: String) -> MeetingWindow? {
        guard let mapping = reader.mapping(field, required: ["from", "to"], optional: ["period"]) else { return nil }
        let period = mapping["period"].flatMap(identifier) ?? defaultPeriod
        guard let from = mapping["from"].flatMap(reader.monthDay),
              let to = mapping["to"].flatMap(reader.monthDay)
        else { return nil }
        let window = MeetingWindow(period: period, from: from, to: to)
        if let year = firstYearWithoutWorkingDay(window) {
            reader.report(field, .windowWithoutWorkingDay(window: "\(from)–\(to)", year: year))
            return nil
        }
        return window
    }

    /// The first year from 2000 to 2200 in which the window holds no meeting weekday that
    /// is not a public holiday, or `nil` if every year has one. A window must work every
    /// year: a rule that silently cannot be met in some years is a broken rule.
    private func firstYearWithoutWorkingDay(_ window: MeetingWindow) -> Int? {
        for year in 2000...NorwegianHolidays.supportedYears.upperBound {
            let span = window.span(in: year)
            let holidays = Set(NorwegianHolidays.holidays(in: year).map(\.date)
                + NorwegianHolidays.holidays(in: year + 1).map(\.date))
            let hasWorkingDay = span.days.contains { day in
                meetingWeekdays.contains(day.weekday) && !holidays.contains(day)
            }
            if !hasWorkingDay { return year }
        }
        return nil
    }

    func avoidPeriodsSection(_ field: YAMLField) -> ([AvoidPeriod], [CalendarFileReference]) {
        guard let mapping = reader.mapping(field, required: [], optional: ["calendars", "periods"]) else { return ([], []) }
        var periods: [AvoidPeriod] = []
        var calendars: [CalendarFileReference] = []
        if let calendarsField = mapping["calendars"], let items = reader.list(calendarsField) {
            for item in items {
                if let path = reader.longString(item) {
                    calendars.append(CalendarFileReference(path: path, location: item.location))
                }
            }
        }
        if let periodsField = mapping["periods"], let items = reader.list(periodsField) {
            for item in items {
                guard let period = avoidPeriod(item) else { continue }
                periods.append(period)
            }
        }
        return (periods, calendars)
    }

    private func avoidPeriod(_ item: YAMLField) -> AvoidPeriod? {
        guard let mapping = reader.mapping(item, required: ["name", "from", "to"]),
              let name = mapping["name"].flatMap(reader.string),
              let from = mapping["from"].flatMap(reader.date),
              let to = mapping["to"].flatMap(reader.date)
        else { return nil }
        guard let span = DateSpan(first: from, last: to) else {
            reader.report(mapping["to"] ?? item, .spanEndsBeforeStart(from: from.description, to: to.description))
            return nil
        }
        return AvoidPeriod(name: name, span: span)
    }
}
