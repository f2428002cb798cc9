/// The plan as a table for people: one line per meeting, then warnings and what could
/// not be placed, in the plan's language (bokmål by default).
public enum PlanTable {
    public static func render(_ plan: PlanSheet) -> String {
        let language = plan.language
        var lines: [String] = []
        lines.append(plan.agreementName)
        let range = "\(plan.range.first) – \(plan.range.last) (\(plan.timeZoneID))"
        lines.append(language.pick(
            nb: "Plan \(range): \(plan.meetings.count) møter",
            nn: "Plan \(range): \(plan.meetings.count) møte",
            en: "Plan \(range): \(plan.meetings.count) meetings"
        ))
        lines.append("")
        let header = switch language {
        case .nb: ["Dato", "Dag", "Tid", "Møte", "Sted", "Innkaller", "Inviterte"]
        case .nn: ["Dato", "Dag", "Tid", "Møte", "Stad", "Innkallar", "Inviterte"]
        case .en: ["Date", "Day", "Time", "Meeting", "Location", "Convener", "Invited"]
        }
        lines.append(contentsOf: meetingTable(plan, header: header, language: language))
        let notes = notes(plan)
        if !notes.isEmpty {
            lines.append("")
            lines.append(contentsOf: notes)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The plan's warnings and the meetings it could not place, as the lines under the table
    /// (empty when there are none); also shown by `samkal serve` after its first plan.
    public static func notes(_ plan: Plan) -> [String] {
        notes(PlanSheet(plan))
    }

    static func notes(_ plan: PlanSheet) -> [String] {
        notes(PlanNotes(plan), language: plan.language)
    }

    /// The lines under the table, in `language`.
    public static func notes(_ plan: PlanNotes, language: Language) -> [String] {
        var lines: [String] = []
        if !plan.warnings.isEmpty {
            lines.append(language.pick(nb: "Advarsler:", nn: "Åtvaringar:", en: "Warnings:"))
            for warning in plan.warnings {
                let prefix = warning.meeting.map { "\($0): " } ?? ""
                lines.append("  - \(prefix)\(warning.message)")
            }
        }
        if !plan.unplaced.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(language.pick(nb: "Ikke plassert:", nn: "Ikkje plassert:", en: "Not placed:"))
            for item in plan.unplaced {
                lines.append("  - \(item.title): \(item.reason)")
            }
        }
        return lines
    }

    /// Characters as a reader counts them: Unicode scalars, which for text without
    /// combining marks or other clusters (dates, names, titles in NFC, dashes) is the same,
    /// and far cheaper than grapheme breaking; anything else is counted exactly.
    static func characters(_ text: String) -> Int {
        var scalars = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            // A scalar from U+0300 up (lead byte 0xCC or more) may join others, except the
            // general punctuation block U+2000–U+207F (0xE2 0x80/0x81: dashes, quotes).
            if previous >= 0xCC, previous & 0xC0 == 0xC0, !(previous == 0xE2 && (byte == 0x80 || byte == 0x81)) {
                return text.count
            }
            previous = byte
        }
        if previous >= 0xCC, previous & 0xC0 == 0xC0 { return text.count }
        return scalars
    }

    /// The meetings in left-aligned columns two spaces apart (cancelled ones marked),
    /// written as bytes: a year's plan has tens of thousands of lines, and days, times,
    /// places and conveners repeat, so their texts and widths are made once.
    static func meetingTable(_ plan: PlanSheet, header: [String], language: Language) -> [String] {
        struct Cell {
            let bytes: [UInt8]
            let width: Int
        }
        var cache: [String: Cell] = [:]
        func cell(_ text: String) -> Cell {
            if let known = cache[text] { return known }
            let made = Cell(bytes: Array(text.utf8), width: characters(text))
            cache[text] = made
            return made
        }
        var days: [Int: (date: Cell, weekday: Cell)] = [:]
        var times: [Int: Cell] = [:]
        var conveners: [String: Cell] = [:]
        var rows: [(day: (date: Cell, weekday: Cell), time: Cell, title: String, titleWidth: Int, location: Cell, convener: Cell, count: Cell)] = []
        rows.reserveCapacity(plan.meetings.count)
        var widths = header.map(characters)
        for meeting in plan.meetings {
            let dayKey = meeting.date.dayNumber
            let day = days[dayKey] ?? {
                let made = (cell(meeting.date.description), cell(meeting.date.weekday.name(in: language)))
                days[dayKey] = made
                return made
            }()
            let timeKey = meeting.start.minutes * 1440 + meeting.end.minutes
            let time = times[timeKey] ?? {
                let made = cell("\(meeting.start)–\(meeting.end)")
                times[timeKey] = made
                return made
            }()
            let convener = conveners[meeting.convenerID] ?? {
                let made = cell(meeting.convener)
                conveners[meeting.convenerID] = made
                return made
            }()
            let title = meeting.cancelled ? UserText.cancelledMeetingTitle(meeting.title).text(in: language) : meeting.title
            let titleWidth = characters(title)
            let location = cell(meeting.location)
            let count = cell(String(meeting.attendeeCount))
            widths[0] = max(widths[0], day.date.width)
            widths[1] = max(widths[1], day.weekday.width)
            widths[2] = max(widths[2], time.width)
            widths[3] = max(widths[3], titleWidth)
            widths[4] = max(widths[4], location.width)
            widths[5] = max(widths[5], convener.width)
            widths[6] = max(widths[6], count.width)
            rows.append((day, time, title, titleWidth, location, convener, count))
        }
        let space = UInt8(ascii: " ")
        var out: [UInt8] = []
        out.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 16) * (rows.count + 2))
        func pad(_ width: Int, column: Int) {
            out.append(contentsOf: repeatElement(space, count: widths[column] - width + 2))
        }
        for (column, text) in header.enumerated() {
            out.append(contentsOf: text.utf8)
            if column < header.count - 1 { pad(characters(text), column: column) }
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ").utf8)
        for row in rows {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: row.day.date.bytes)
            pad(row.day.date.width, column: 0)
            out.append(contentsOf: row.day.weekday.bytes)
            pad(row.day.weekday.width, column: 1)
            out.append(contentsOf: row.time.bytes)
            pad(row.time.width, column: 2)
            out.append(contentsOf: row.title.utf8)
            pad(row.titleWidth, column: 3)
            out.append(contentsOf: row.location.bytes)
            pad(row.location.width, column: 4)
            out.append(contentsOf: row.convener.bytes)
            pad(row.convener.width, column: 5)
            out.append(contentsOf: row.count.bytes)
        }
        return [String(decoding: out, as: UTF8.self)]
    }
}
