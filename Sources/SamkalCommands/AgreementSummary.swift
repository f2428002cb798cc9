import SamkalCore

/// The short summary `samkal check` prints for a valid agreement.
enum AgreementSummary {
    static func render(_ agreement: Agreement, language: Language) -> String {
        let nb = language == .nb
        var lines: [String] = []
        lines.append(nb ? "OK: \(agreement.id) – \(agreement.name)" : "OK: \(agreement.id) – \(agreement.name)")
        let days = agreement.meetingWeekdays.sorted().map { $0.name(in: language) }.joined(separator: ", ")
        lines.append(nb
            ? "  Tidssone \(agreement.timeZoneID), arbeidstid \(agreement.workingHours.start)–\(agreement.workingHours.end), møtedager: \(days)"
            : "  Time zone \(agreement.timeZoneID), working hours \(agreement.workingHours.start)–\(agreement.workingHours.end), meeting days: \(days)")
        lines.append(nb
            ? "  \(agreement.parties.count) parter, \(agreement.people.count) personer"
            : "  \(agreement.parties.count) parties, \(agreement.people.count) people")
        if let leader = agreement.leaderMeetings {
            let periods = leader.windows.map { "\($0.periodName(in: language)) \($0.from)–\($0.to)" }.joined(separator: ", ")
            lines.append(nb
                ? "  Ledermøter: \(leader.windows.count) per år (\(periods))"
                : "  Leader meetings: \(leader.windows.count) a year (\(periods))")
        }
        switch agreement.revision {
        case .ownMeeting(let rule)?:
            let window = rule.windows.map { "\($0.from)–\($0.to)" }.joined(separator: ", ")
            lines.append(nb ? "  Årlig revisjon: eget møte (\(window))" : "  Annual revision: own meeting (\(window))")
        case .agendaItem(let period, _)?:
            lines.append(nb ? "  Årlig revisjon: sak på ledermøtet (\(period))" : "  Annual revision: item on the leader meeting (\(period))")
        case nil:
            break
        }
        if let cooperation = agreement.cooperationMeetings {
            let weekday = cooperation.firstDate.weekday.name(in: language)
            lines.append(nb
                ? "  Samarbeidsmøter: hver \(cooperation.everyWeeks). uke på \(weekday) fra \(cooperation.firstDate)"
                : "  Cooperation meetings: every \(cooperation.everyWeeks) weeks on \(weekday) from \(cooperation.firstDate)")
        }
        if let info = agreement.infoMeetings {
            lines.append(nb
                ? "  Informasjonsmøter: \(info.windows.count) per år"
                : "  Information meetings: \(info.windows.count) a year")
        }
        lines.append(nb
            ? "  Perioder å unngå: \(agreement.avoidPeriods.count)"
            : "  Periods to avoid: \(agreement.avoidPeriods.count)")
        return lines.joined(separator: "\n") + "\n"
    }
}
