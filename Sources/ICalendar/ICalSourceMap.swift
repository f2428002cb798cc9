/// A linear pass over iCalendar text before libical sees it: it refuses what would make
/// libical slow or deep (an over-long content line, components nested too deep) and
/// remembers where each VEVENT and its properties start, so a problem found later in an
/// event can name its line.
struct ICalSourceMap {
    /// The longest unfolded content line accepted, in UTF-8 bytes. libical's line reader
    /// is quadratic in a line's length; no calendar program writes lines near this.
    static let maximumLineLength = 256 * 1024
    /// How deep components may nest: VCALENDAR › VEVENT › VALARM, VCALENDAR › VTIMEZONE ›
    /// STANDARD, with one level to spare.
    static let maximumDepth = 4

    /// Where one VEVENT starts; the line of one of its properties is looked up only when
    /// a problem needs it (a map of every event's properties would cost more than libical's
    /// own tree for a large file).
    struct EventLines {
        let begin: Int
        /// The offset in `source` of the line after BEGIN:VEVENT.
        let offset: String.UTF8View.Index
        let source: String

        /// Where its BEGIN line starts and where the line after its END starts.
        let range: Range<String.UTF8View.Index>
        /// Which top-level VCALENDAR it is in (0 for the first).
        let calendar: Int

        init(begin: Int, offset: String.UTF8View.Index, source: String, range: Range<String.UTF8View.Index>, calendar: Int) {
            self.begin = begin
            self.offset = offset
            self.source = source
            self.range = range
            self.calendar = calendar
        }

        /// The line of the event's first `property` (its own, not a VALARM's), or the
        /// event's BEGIN line.
        func line(of property: String) -> Int {
            let wanted = Array(property.utf8)
            var number = begin
            var depth = 0
            var index = offset
            let bytes = source.utf8
            while index < bytes.endIndex {
                // One physical line: [index, end).
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
                number += 1
                let line = bytes[index..<end]
                if Self.starts(line, with: Array("BEGIN:".utf8)) {
                    depth += 1
                } else if Self.starts(line, with: Array("END:".utf8)) {
                    if depth == 0 { return begin }
                    depth -= 1
                } else if depth == 0, Self.starts(line, with: wanted),
                          let next = line.dropFirst(wanted.count).first, next == UInt8(ascii: ":") || next == UInt8(ascii: ";") {
                    return number
                }
                index = end < bytes.endIndex ? bytes.index(after: end) : end
            }
            return begin
        }

        private static func starts(_ line: Substring.UTF8View.SubSequence, with prefix: [UInt8]) -> Bool {
            guard line.count >= prefix.count else { return false }
            return zip(line, prefix).allSatisfy { a, b in
                a == b || (a >= UInt8(ascii: "a") && a <= UInt8(ascii: "z") && a - 32 == b)
            }
        }
    }

    /// The VEVENTs in the order they appear in the text (which is libical's order).
    private(set) var events: [EventLines] = []
    let source: String

    init(source: String) throws(ICalError) {
        self.source = source
        let bytes = source.utf8
        var depth = 0
        var components: [String] = []
        var calendars = 0
        var eventStart: (line: Int, begin: String.UTF8View.Index, body: String.UTF8View.Index, depth: Int)?
        var physical = 0
        var lineNumber = 0
        var lineStart = bytes.startIndex
        var lineLength = 0
        var name: [UInt8] = []
        var nameDone = false
        var value: [UInt8] = []

        // Called once a logical line is complete; `next` is where the following one starts.
        func finish(next: String.UTF8View.Index) throws(ICalError) {
            guard lineNumber > 0 else { return }
            if Self.equal(name, "BEGIN") {
                depth += 1
                let component = String(decoding: value, as: UTF8.self).uppercased()
                components.append(component)
                if depth > Self.maximumDepth {
                    throw .invalid([ICalProblem(line: lineNumber, property: "BEGIN", message: "components nested deeper than \(Self.maximumDepth) levels (BEGIN:\(component))", kind: .nestedTooDeep(limit: Self.maximumDepth))])
                }
                if eventStart != nil {
                    if component != "VALARM" {
                        throw .invalid([ICalProblem(line: lineNumber, property: "BEGIN", message: "BEGIN:\(component) inside a VEVENT", kind: .componentInsideEvent(component))])
                    }
                } else if component == "VEVENT" {
                    eventStart = (lineNumber, lineStart, next, depth)
                } else if component == "VCALENDAR", depth == 1 {
                    calendars += 1
                }
            } else if Self.equal(name, "END") {
                // Each END closes the component last begun, as libical expects (it would
                // otherwise print its own warning and guess).
                let component = String(decoding: value, as: UTF8.self).uppercased()
                guard let open = components.last, open == component else {
                    throw .invalid([ICalProblem(
                        line: lineNumber, property: "END", message: "END:\(component) without its BEGIN",
                        kind: .unbalanced(component)
                    )])
                }
                components.removeLast()
                if let start = eventStart, depth == start.depth {
                    events.append(EventLines(
                        begin: start.line, offset: start.body, source: source,
                        range: start.begin..<next, calendar: max(0, calendars - 1)
                    ))
                    eventStart = nil
                }
                depth = max(0, depth - 1)
            }
        }

        var atLineStart = true
        var position = bytes.startIndex
        while position < bytes.endIndex {
            let here = position
            let byte = bytes[position]
            position = bytes.index(after: position)
            if byte == UInt8(ascii: "\n") {
                physical += 1
                atLineStart = true
                continue
            }
            // CR ends a line only before LF, as libical reads it; a lone CR is part of the line.
            if byte == UInt8(ascii: "\r"), position < bytes.endIndex, bytes[position] == UInt8(ascii: "\n") { continue }
            if atLineStart {
                atLineStart = false
                let continuation = (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && lineNumber > 0
                if continuation { continue }
                try finish(next: here)
                lineNumber = physical + 1
                lineStart = here
                lineLength = 0
                name.removeAll(keepingCapacity: true)
                value.removeAll(keepingCapacity: true)
                nameDone = false
            }
            lineLength += 1
            if lineLength > Self.maximumLineLength {
                throw .invalid([ICalProblem(line: lineNumber, property: name.isEmpty ? nil : String(decoding: name, as: UTF8.self).uppercased(), message: "line longer than \(Self.maximumLineLength) bytes", kind: .lineTooLong(limit: Self.maximumLineLength))])
            }
            if !nameDone {
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") {
                    nameDone = true
                } else if name.count < 16 {
                    name.append(byte)
                }
            } else if value.count < 32 {
                value.append(byte)
            }
        }
        try finish(next: bytes.endIndex)
        if let open = components.last {
            throw .invalid([ICalProblem(
                line: lineNumber, property: "BEGIN", message: "BEGIN:\(open) is never ended", kind: .unbalanced(open)
            )])
        }
    }

    /// A property name compared without regard to case.
    private static func equal(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { a, b in a == b || (a >= 0x61 && a <= 0x7A && a - 0x20 == b) }
        }
    }

    /// The text with every VEVENT taken out (the calendars, their zones and free/busy), and
    /// for each of its lines where it came from: small even when the file is large.
    func skeleton() -> (text: String, originalLine: (Int) -> Int) {
        var text = ""
        var segments: [(skeletonLine: Int, originalLine: Int)] = []
        var cursor = source.utf8.startIndex
        var originalLine = 1
        var skeletonLine = 1
        func append(upTo end: String.UTF8View.Index) {
            guard cursor < end else { return }
            let piece = source.utf8[cursor..<end]
            segments.append((skeletonLine, originalLine))
            text += String(decoding: piece, as: UTF8.self)
            let newlines = piece.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            skeletonLine += newlines
            originalLine += newlines
        }
        for event in events {
            append(upTo: event.range.lowerBound)
            originalLine += source.utf8[event.range].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            cursor = event.range.upperBound
        }
        append(upTo: source.utf8.endIndex)
        let map = segments
        return (text, { line in
            guard let segment = map.last(where: { $0.skeletonLine <= line }) else { return line }
            return segment.originalLine + (line - segment.skeletonLine)
        })
    }

    /// Consecutive VEVENTs of one calendar, as text libical can parse on its own.
    struct Batch {
        let events: Range<Int>
        let calendar: Int
        /// `BEGIN:VCALENDAR`, the events' text as in the file, `END:VCALENDAR`.
        let text: String
        /// The original line of the batch's second line (its first event's BEGIN).
        let firstLine: Int
    }

    /// The events in batches of at most `size`, so that libical holds one batch at a time.
    func batches(size: Int) -> [Batch] {
        var batches: [Batch] = []
        var first = 0
        while first < events.count {
            var last = first
            // Only events that follow each other directly: anything between them (another
            // component's END, say) would be parsed out of its context.
            while last + 1 < events.count, last + 1 - first < size, events[last + 1].calendar == events[first].calendar,
                  events[last + 1].range.lowerBound == events[last].range.upperBound {
                last += 1
            }
            let range = events[first].range.lowerBound..<events[last].range.upperBound
            var text = "BEGIN:VCALENDAR\r\n"
            text += String(decoding: source.utf8[range], as: UTF8.self)
            if text.utf8.last != UInt8(ascii: "\n") { text += "\r\n" }
            text += "END:VCALENDAR\r\n"
            batches.append(Batch(events: first..<(last + 1), calendar: events[first].calendar, text: text, firstLine: events[first].begin))
            first = last + 1
        }
        return batches
    }
}
