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
        lines.append(contentsOf: meetingTable(plan, header: header, language: language))
        if !plan.warnings.isEmpty {
            lines.append("")
            lines.append(nb ? "Advarsler:" : "Warnings:")
            // Titles by UID, looked up once each (a year's plan can carry thousands of warnings).
            let warned = Set(plan.warnings.compactMap(\.uid))
            var titles: [String: String] = [:]
            for meeting in plan.meetings where warned.contains(meeting.uid) { titles[meeting.uid] = meeting.title }
            for warning in plan.warnings {
                let prefix = warning.uid.flatMap { titles[$0] }.map { "\($0): " } ?? ""
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

    /// Characters as a reader counts them: Unicode scalars, which for text without
    /// combining marks or other clusters (dates, names, titles in NFC) is the same, and
    /// far cheaper than grapheme breaking; anything else is counted exactly.
    static func characters(_ text: String) -> Int {
        var scalars = 0
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x300 || (0x2000...0x206F).contains(scalar.value) else { return text.count }
            scalars += 1
        }
        return scalars
    }

    /// The meetings in left-aligned columns two spaces apart, without a row of cells per meeting: a
    /// year's plan has tens of thousands of lines, and days, times and conveners repeat, so
    /// their texts are made once and every width is counted once.
    static func meetingTable(_ plan: Plan, header: [String], language: Language) -> [String] {
        var days: [Int: String] = [:]
        var times: [Int: String] = [:]
        var conveners: [String: String] = [:]
        var widths = header.map(\.count)
        var cells: [(day: String, time: String, title: Int, location: Int, convener: String, count: String)] = []
        cells.reserveCapacity(plan.meetings.count)
        var lengths: [String: Int] = [:]
        func counted(_ text: String) -> Int {
            if let known = lengths[text] { return known }
            let count = characters(text)
            lengths[text] = count
            return count
        }
        var weekdays: [Weekday: String] = [:]
        for weekday in Weekday.allCases { weekdays[weekday] = weekday.name(in: language) }
        for meeting in plan.meetings {
            let dayKey = meeting.date.dayNumber
            let day = days[dayKey] ?? {
                let text = meeting.date.description
                days[dayKey] = text
                return text
            }()
            let weekday = weekdays[meeting.date.weekday] ?? ""
            let timeKey = meeting.start.minutes * 1440 + meeting.end.minutes
            let time = times[timeKey] ?? {
                let text = "\(meeting.start)–\(meeting.end)"
                times[timeKey] = text
                return text
            }()
            let convener = conveners[meeting.organizerID] ?? {
                let text = meeting.organizer?.name ?? meeting.organizerID
                conveners[meeting.organizerID] = text
                return text
            }()
            let title = characters(meeting.title)
            let location = counted(meeting.location)
            let count = String(meeting.attendees.count)
            widths[0] = max(widths[0], day.count)
            widths[1] = max(widths[1], counted(weekday))
            widths[2] = max(widths[2], time.count)
            widths[3] = max(widths[3], title)
            widths[4] = max(widths[4], location)
            widths[5] = max(widths[5], counted(convener))
            widths[6] = max(widths[6], count.count)
            cells.append((day, time, title, location, convener, count))
        }
        let spaces = String(repeating: " ", count: (widths.max() ?? 0) + 2)
        func padded(_ line: inout String, _ text: String, width: Int, column: Int) {
            line.append(text)
            line.append(contentsOf: spaces.prefix(widths[column] - width + 2))
        }
        var lines: [String] = []
        lines.reserveCapacity(plan.meetings.count + 2)
        var line = ""
        for (column, cell) in header.enumerated() {
            if column < header.count - 1 { padded(&line, cell, width: cell.count, column: column) } else { line.append(cell) }
        }
        lines.append(line)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        let lineWidth = widths.reduce(0, +) + 2 * (widths.count - 1)
        for (meeting, cell) in zip(plan.meetings, cells) {
            var line = ""
            line.reserveCapacity(lineWidth * 2)
            let weekday = weekdays[meeting.date.weekday] ?? ""
            padded(&line, cell.day, width: cell.day.count, column: 0)
            padded(&line, weekday, width: counted(weekday), column: 1)
            padded(&line, cell.time, width: cell.time.count, column: 2)
            padded(&line, meeting.title, width: cell.title, column: 3)
            padded(&line, meeting.location, width: cell.location, column: 4)
            padded(&line, cell.convener, width: counted(cell.convener), column: 5)
            line.append(cell.count)
            lines.append(line)
        }
        return lines
    }
}
