/// A participant's meetings over the programme period as the Deltaker page draws them
/// (SVG, server-side): one row per kind of meeting, each meeting a mark at its day, and
/// their attendance as bars. Only coordinates and words; the template draws them, so every
/// text is escaped there. Pure.
public struct TimelineChart: Sendable, Hashable {
    public struct Mark: Sendable, Hashable {
        public let x: Int
        public let y: Int
        /// `held`, `planned`, `undocumented` or `cancelled`: the mark's look, with its word.
        public let status: ControlStatus
        public let label: String
    }

    public struct Row: Sendable, Hashable {
        public let y: Int
        public let label: String
    }

    public struct Bar: Sendable, Hashable {
        public let y: Int
        public let width: Int
        public let count: Int
        public let label: String
    }

    public static let width = 640
    static let left = 170
    static let rowHeight = 28

    public let rows: [Row]
    public let marks: [Mark]
    public let height: Int
    /// Where today is, if within the programme.
    public let todayX: Int?
    public let bars: [Bar]
    public let barsHeight: Int

    /// `meetings`: each one's kind, day, status and attendance (nil: not marked).
    public init(
        programme: DateSpan, today: LocalDate, meetings: [(kind: MeetingKind, date: LocalDate, status: ControlStatus, attendance: AttendanceStatus?)],
        language: Language
    ) {
        let kinds = MeetingKind.allCases.filter { kind in meetings.contains { $0.kind == kind } }
        let span = max(1, programme.dayCount - 1)
        let plot = Self.width - Self.left - 10
        func x(_ date: LocalDate) -> Int {
            Self.left + min(plot, max(0, programme.first.days(until: date) * plot / span))
        }
        rows = kinds.enumerated().map { Row(y: 20 + $0.offset * Self.rowHeight, label: $0.element.title(in: language)) }
        marks = meetings.compactMap { meeting in
            guard let row = kinds.firstIndex(of: meeting.kind) else { return nil }
            return Mark(
                x: x(meeting.date), y: 20 + row * Self.rowHeight, status: meeting.status,
                label: "\(meeting.kind.title(in: language)) \(meeting.date): \(meeting.status.text(in: language))"
            )
        }
        height = 30 + kinds.count * Self.rowHeight
        todayX = programme.contains(today) ? x(today) : nil
        let counted: [(String, Int)] = AttendanceStatus.allCases.map { status in
            (status.text(in: language), meetings.filter { $0.attendance == status }.count)
        } + [(
            language.pick(nb: "ikke ført", nn: "ikkje ført", en: "not recorded"),
            meetings.filter { $0.attendance == nil && $0.status == .held }.count
        )]
        let most = max(1, counted.map(\.1).max() ?? 1)
        bars = counted.enumerated().map { index, entry in
            Bar(y: 10 + index * Self.rowHeight, width: entry.1 * plot / most, count: entry.1, label: entry.0)
        }
        barsHeight = 20 + counted.count * Self.rowHeight
    }
}
