import SamkalCore

/// The internal-control report as an HTML page (`Templates/web/internkontroll.html.mustache`):
/// what `samkal report internkontroll --format html` writes, and the page `samkal serve`
/// shows. Every status carries its sign and its word, never colour alone.
public struct InternalControlPage: Sendable {
    public let library: TemplateLibrary
    /// The stylesheet's text (`Templates/web/samkal.css`), included in a standalone page.
    public let style: String

    public init(library: TemplateLibrary, style: String) {
        self.library = library
        self.style = style
    }

    public static let templateNames = ["web/internkontroll.html", "web/meetingRow"]

    /// The page; `style` is the stylesheet's text to include (a standalone file), else
    /// `stylesheet` the address to link to; `meetingLink` the address a stored meeting's
    /// reference links to, when there is one.
    public func render(
        _ report: InternalControlReport, language: Language, style: String? = nil, stylesheet: String? = nil,
        meetingLink: ((ControlledMeeting) -> String?)? = nil
    ) -> String {
        var context = Self.context(report, language: language, meetingLink: meetingLink)
        if let style { context["style"] = style }
        if let stylesheet { context["stylesheet"] = stylesheet }
        return library.render(context, with: "web/internkontroll.html") ?? ""
    }

    /// The template's context: what the page shows, in `language`.
    public static func context(
        _ report: InternalControlReport, language: Language, meetingLink: ((ControlledMeeting) -> String?)? = nil
    ) -> [String: Any] {
        func status(_ status: ControlStatus) -> [String: Any] {
            ["key": status.rawValue, "symbol": status.symbol, "text": status.text(in: language)]
        }
        func meeting(_ meeting: ControlledMeeting) -> [String: Any] {
            var row: [String: Any] = [
                "dueFrom": meeting.window.first.description, "dueTo": meeting.window.last.description,
                "reference": meeting.reference ?? "", "status": status(meeting.status),
            ]
            if let date = meeting.date { row["date"] = date.description }
            if let start = meeting.start { row["start"] = start.description }
            if let revision = meeting.minutesRevision { row["minutesRevision"] = String(revision) }
            if meeting.withinWindow == false { row["outsideWindow"] = true }
            if let reason = meeting.reason { row["reason"] = reason.message(in: language) }
            if let link = meetingLink?(meeting) { row["link"] = link }
            return row
        }
        var labels: [String: String] = [:]
        for text in InternalControlText.allCases { labels[text.rawValue] = text.text(in: language) }
        var context: [String: Any] = [
            "lang": language.tag,
            "labels": labels,
            "year": String(report.year),
            "agreement": report.agreementName,
            "asOf": report.asOf.description,
            "status": status(report.status),
            "requirements": report.requirements.map { requirement -> [String: Any] in
                [
                    "title": requirement.kind.title(in: language), "status": status(requirement.status),
                    "counts": InternalControlSheet.counts(requirement.counts, language),
                    "meetings": requirement.meetings.map(meeting),
                ]
            },
        ]
        if let participants = report.participants {
            context["participants"] = [
                "rows": participants.map { participant -> [String: Any] in
                    [
                        "id": participant.participantID, "name": participant.name,
                        "anchor": "p-" + participant.participantID,
                        "programmeStart": participant.programme.first.description,
                        "programmeEnd": participant.programme.last.description,
                        "status": status(participant.status),
                        "checks": participant.checks.map { check -> [String: Any] in
                            ["title": check.kind.text(in: language), "status": status(check.status), "meetings": check.meetings.map(meeting)]
                        },
                    ]
                },
            ] as [String: Any]
        } else {
            context["summary"] = [
                "checks": report.participantSummary.map { summary -> [String: Any] in
                    [
                        "title": summary.kind.text(in: language), "total": String(summary.participants.total),
                        "status": status(summary.worst ?? .held),
                        "counts": InternalControlSheet.counts(summary.participants, language),
                    ]
                },
            ] as [String: Any]
        }
        if let deadlines = report.deadlines {
            let labels = report.participantLabels
            let rows = deadlines.map { deadline -> [String: Any] in
                [
                    "due": deadline.due.description,
                    "who": labels[deadline.participantID] ?? deadline.participantID,
                    "event": deadline.event.text(in: language), "eventDate": deadline.eventDate.description,
                    "standing": deadline.standing(on: report.asOf).text(in: language),
                ]
            }
            context["deadlines"] = ["rows": rows, "hasRows": !rows.isEmpty] as [String: Any]
        }
        return context
    }
}
