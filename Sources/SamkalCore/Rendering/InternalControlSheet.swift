/// The internal-control report as the command line prints it (`--format text`): a status a
/// person reads at a glance (✔ ◷ ! ✖ and the word), each requirement with its meetings,
/// each participant with their checks, and the NIR deadlines. Times are the agreement's
/// local time.
public struct InternalControlSheet: Sendable {
    public let report: InternalControlReport
    public let language: Language

    public init(report: InternalControlReport, language: Language) {
        self.report = report
        self.language = language
    }

    private func word(_ text: InternalControlText) -> String { text.text(in: language) }

    public func text() -> String {
        var lines: [String] = []
        lines.append("\(word(.title)) \(report.year): \(report.agreementName)")
        lines.append("\(word(.asOf)) \(report.asOf) · \(word(.overall)): \(report.status.symbol) \(report.status.text(in: language))")
        lines.append("")
        lines.append(word(.agreementLevel))
        if report.requirements.isEmpty { lines.append("  " + word(.noRequirements)) }
        for requirement in report.requirements {
            lines.append("\(requirement.status.symbol) \(requirement.kind.title(in: language)): \(Self.counts(requirement.counts, language))")
            lines += requirement.meetings.map { "    " + line($0) }
        }
        lines.append("")
        if let participants = report.participants {
            lines.append(word(.participantsHeading))
            if participants.isEmpty { lines.append("  " + word(.noParticipants)) }
            for participant in participants {
                lines.append(
                    "\(participant.status.symbol) \(participant.participantID) \(participant.name), "
                        + "\(word(.programme)) \(participant.programme.first)–\(participant.programme.last)"
                )
                for check in participant.checks {
                    lines.append("  \(check.status.symbol) \(check.kind.text(in: language))")
                    lines += check.meetings.map { "      " + line($0) }
                }
            }
        } else {
            lines.append(word(.participantsAsCounts))
            if report.participantSummary.isEmpty { lines.append("  " + word(.noParticipants)) }
            for summary in report.participantSummary {
                let worst = summary.worst ?? .held
                lines.append(
                    "\(worst.symbol) \(summary.kind.text(in: language)): \(InternalControlText.participants(summary.participants.total, in: language)) — "
                        + Self.counts(summary.participants, language)
                )
            }
            lines.append("  " + word(.countsNote))
        }
        if let deadlines = report.deadlines {
            lines.append("")
            lines.append(word(.deadlinesHeading))
            if deadlines.isEmpty { lines.append("  " + word(.noDeadlines)) }
            let labels = report.participantLabels
            for deadline in deadlines {
                let standing = deadline.standing(on: report.asOf)
                let who = labels[deadline.participantID] ?? deadline.participantID
                lines.append(
                    "  \(word(.due)) \(deadline.due)  \(who): \(deadline.event.text(in: language)) \(deadline.eventDate) — \(standing.text(in: language))"
                )
            }
            lines.append("  " + word(.registerNote))
        }
        lines.append("")
        lines.append(word(.drillDown))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One required meeting: its window, when it is, its reference, where it stands.
    private func line(_ meeting: ControlledMeeting) -> String {
        var parts = ["\(meeting.status.symbol) \(word(.window)) \(meeting.window.first)–\(meeting.window.last)"]
        if let date = meeting.date {
            parts.append("\(word(.planned)) \(date)" + (meeting.start.map { " \($0)" } ?? ""))
        } else {
            parts.append(word(.notStored))
        }
        if let reference = meeting.reference { parts.append(reference) }
        var status = meeting.status.text(in: language)
        if let revision = meeting.minutesRevision { status += " (\(word(.minutes)) \(revision))" }
        if meeting.withinWindow == false { status += ", " + word(.outsideWindow) }
        if let reason = meeting.reason { status += " — \(word(.reason)): \(reason.message(in: language))" }
        parts.append(status)
        return parts.joined(separator: "  ")
    }

    /// `2 avholdt, 1 planlagt`: how many stand where, worst last.
    public static func counts(_ counts: StatusCounts, _ language: Language) -> String {
        ControlStatus.allCases.compactMap { status in
            counts[status] > 0 ? "\(counts[status]) \(status.text(in: language))" : nil
        }.joined(separator: ", ")
    }
}
