/// The plan as a table for people: one line per meeting, then warnings and what could
/// not be placed. Bokmål by default.
public enum PlanTable {
    public static func render(_ plan: Plan, agreement: Agreement) -> String {
        let language = plan.language
        let nb = language == .nb
        var lines: [String] = []
        lines.append(plan.agreementName)
        lines.append(nb
            ? "Plan \(plan.range.first) – \(plan.range.last) (\(plan.timeZoneID)): \(plan.meetings.count) møter"
            : "Plan \(plan.range.first) – \(plan.range.last) (\(plan.timeZoneID)): \(plan.meetings.count) meetings")
        lines.append("")
        let header = nb
            ? ["Dato", "Dag", "Tid", "Møte", "Sted", "Innkaller", "Deltakere"]
            : ["Date", "Day", "Time", "Meeting", "Location", "Convener", "Attendees"]
        var rows: [[String]] = [header]
        for meeting in plan.meetings {
            rows.append([
                meeting.date.description,
                meeting.date.weekday.name(in: language),
                "\(meeting.start)–\(meeting.end)",
                meeting.title,
                meeting.location,
                meeting.organizer?.name ?? meeting.organizerID,
                String(meeting.attendees.count),
            ])
        }
        lines += table(rows)
        if !plan.warnings.isEmpty {
            lines.append("")
            lines.append(nb ? "Advarsler:" : "Warnings:")
            for warning in plan.warnings {
                let prefix = warning.uid.flatMap { uid in plan.meetings.first { $0.uid == uid }?.title }.map { "\($0): " } ?? ""
                lines.append("  - \(prefix)\(warning.note.message(in: language))")
            }
        }
        if !plan.unplaced.isEmpty {
            lines.append("")
            lines.append(nb ? "Ikke plassert:" : "Not placed:")
            for item in plan.unplaced {
                lines.append("  - \(item.title): \(item.note.message(in: language))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Left-aligned columns separated by two spaces, widths by character count.
    static func table(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        // Counting characters walks the string: once per cell.
        let counts = rows.map { row in row.map(\.count) }
        let widths = (0..<columns).map { column in counts.map { $0[column] }.max() ?? 0 }
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 1)
        for (index, row) in rows.enumerated() {
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < columns - 1 {
                    line += String(repeating: " ", count: widths[column] - counts[index][column] + 2)
                }
            }
            lines.append(line)
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines
    }
}
