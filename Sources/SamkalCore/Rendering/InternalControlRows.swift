/// The internal-control report as rows (`--format csv`): one row per required meeting (at
/// agreement level, or of a participant's check), one per participant count a leader sees,
/// one per NIR deadline — told apart by `section`. English keys; statuses as raw values.
public enum InternalControlRows {
    /// The rows as CSV (RFC 4180), headings first.
    public static func csv(_ report: InternalControlReport, language: Language) throws -> String {
        try CSVText.text(columns: columns, rows: rows(report, language: language))
    }

    public static let columns = [
        "section", "requirement", "participant", "period", "dueFrom", "dueTo", "date", "start",
        "status", "count", "reference", "minutesRevision", "reason",
    ]

    public static func rows(_ report: InternalControlReport, language: Language) -> [[String]] {
        func row(_ section: String, _ requirement: String, _ participant: String, _ meeting: ControlledMeeting) -> [String] {
            [
                section, requirement, participant, meeting.period, meeting.window.first.description, meeting.window.last.description,
                meeting.date?.description ?? "", meeting.start?.description ?? "", meeting.status.rawValue, "",
                meeting.reference ?? "", meeting.minutesRevision.map(String.init) ?? "", meeting.reason?.message(in: language) ?? "",
            ]
        }
        var rows: [[String]] = []
        for requirement in report.requirements {
            rows += requirement.meetings.map { row("agreement", requirement.kind.rawValue, "", $0) }
        }
        for participant in report.participants ?? [] {
            for check in participant.checks {
                rows += check.meetings.map { row("participant", check.kind.rawValue, participant.participantID, $0) }
            }
        }
        if report.participants == nil {
            for summary in report.participantSummary {
                for status in ControlStatus.allCases where summary.participants[status] > 0 {
                    rows.append(["participantCount", summary.kind.rawValue, "", "", "", "", "", "", status.rawValue,
                                 String(summary.participants[status]), "", "", ""])
                }
            }
        }
        for deadline in report.deadlines ?? [] {
            rows.append([
                "registration", deadline.event.rawValue, deadline.participantID, "", deadline.eventDate.description, deadline.due.description,
                "", "", deadline.standing(on: report.asOf).rawValue, "", "", "", "",
            ])
        }
        return rows
    }
}
