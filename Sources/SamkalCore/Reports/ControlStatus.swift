/// Where one requirement stands in internal control (internkontroll), as a person sees it
/// at a glance. The raw values are the JSON and CSV `status`.
public enum ControlStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Avholdt: the meeting's day has come and its minutes (referat) are logged.
    case held
    /// Planlagt: in the calendar, on a day still to come.
    case planned
    /// Ikke planlagt ennå: due in days still to come, and no plan has placed it yet.
    case notPlanned
    /// Ikke dokumentert: the day has passed and no minutes are logged.
    case undocumented
    /// Avlyst: planned, then cancelled, although still required.
    case cancelled
    /// Mangler: required, and not in the calendar although its days have passed or the plan
    /// could not place it.
    case missing

    /// Where a stored meeting stands on `asOf`: cancelled; planned until its day has come
    /// (minutes written ahead, an agenda, do not make it held); then held when its minutes
    /// are logged, else not documented once the day has passed.
    public static func of(_ meeting: PlannedMeeting, minutesLogged: Bool, asOf: LocalDate) -> ControlStatus {
        if meeting.status == .cancelled { return .cancelled }
        if meeting.date > asOf { return .planned }
        if minutesLogged { return .held }
        return meeting.date < asOf ? .undocumented : .planned
    }

    /// Whether someone must act: the requirement is not met and will not be by itself.
    public var needsAction: Bool {
        switch self {
        case .held, .planned, .notPlanned: false
        case .undocumented, .cancelled, .missing: true
        }
    }

    /// The worse status ranks higher: a group of meetings stands where its worst one does.
    public static func < (lhs: ControlStatus, rhs: ControlStatus) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .held: 0
        case .planned: 1
        case .notPlanned: 2
        case .undocumented: 3
        case .cancelled: 4
        case .missing: 5
        }
    }

    /// The word a person reads.
    public func text(in language: Language) -> String {
        switch self {
        case .held: language.pick(nb: "avholdt", nn: "halde", en: "held")
        case .planned: language.pick(nb: "planlagt", nn: "planlagt", en: "planned")
        case .notPlanned: language.pick(nb: "ikke planlagt ennå", nn: "ikkje planlagt enno", en: "not planned yet")
        case .undocumented: language.pick(nb: "ikke dokumentert", nn: "ikkje dokumentert", en: "not documented")
        case .cancelled: language.pick(nb: "avlyst", nn: "avlyst", en: "cancelled")
        case .missing: language.pick(nb: "mangler", nn: "manglar", en: "missing")
        }
    }

    /// A sign that reads without colour: ✔ done, ◷ on its way, ! needs action, ✖ not met.
    public var symbol: String {
        switch self {
        case .held: "✔"
        case .planned, .notPlanned: "◷"
        case .undocumented: "!"
        case .cancelled, .missing: "✖"
        }
    }
}
