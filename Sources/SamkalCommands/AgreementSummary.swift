import SamkalCore

/// The short summary `samkal check` prints for a valid agreement.
enum AgreementSummary {
    static func render(_ agreement: Agreement, language: Language) -> String {
        var lines: [String] = []
        lines.append(UserText.agreementOK(id: agreement.id, name: agreement.name).text(in: language))
        let days = agreement.meetingWeekdays.sorted().map { $0.name(in: language) }.joined(separator: ", ")
        lines.append(UserText.agreementCalendar(
            zone: agreement.timeZoneID, start: agreement.workingHours.start.description, end: agreement.workingHours.end.description, days: days
        ).text(in: language))
        lines.append(UserText.agreementSize(parties: agreement.parties.count, people: agreement.people.count).text(in: language))
        if let leader = agreement.leaderMeetings {
            let periods = leader.windows.map { "\($0.periodName(in: language)) \($0.from)–\($0.to)" }.joined(separator: ", ")
            lines.append(UserText.leaderMeetings(count: leader.windows.count, periods: periods).text(in: language))
        }
        switch agreement.revision {
        case .ownMeeting(let rule)?:
            let window = rule.windows.map { "\($0.from)–\($0.to)" }.joined(separator: ", ")
            lines.append(UserText.revisionOwnMeeting(window: window).text(in: language))
        case .agendaItem(let period, _)?:
            lines.append(UserText.revisionAgendaItem(period: "\(period)").text(in: language))
        case nil:
            break
        }
        if let cooperation = agreement.cooperationMeetings {
            let weekday = cooperation.firstDate.weekday.name(in: language)
            lines.append(UserText.cooperationMeetings(everyWeeks: cooperation.everyWeeks, weekday: weekday, from: cooperation.firstDate.description).text(in: language))
        }
        if let info = agreement.infoMeetings {
            lines.append(UserText.infoMeetings(count: info.windows.count).text(in: language))
        }
        let rules = agreement.participantMeetings
        let withinDays: Int? = switch rules.preference {
        case .day: nil
        case .time(let days): days
        }
        lines.append(UserText.participantMeetingPlacement(time: rules.time.description, withinDays: withinDays).text(in: language))
        lines.append(UserText.avoidPeriods(agreement.avoidPeriods.count).text(in: language))
        return lines.joined(separator: "\n") + "\n"
    }
}
