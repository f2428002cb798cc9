/// What can go wrong at the libical boundary.
public enum ICalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not iCalendar at all (libical returned no component).
    case notICalendar
    /// libical found errors while parsing; each message is an X-LIC-ERROR text with its line.
    case invalid([ICalProblem])
    /// The zone is not in the system's time-zone database (is `tzdata` installed?).
    case unknownTimeZone(String)
    /// A value could not be represented (for example an RRULE libical rejects).
    case invalidValue(property: String, value: String)
    /// An RRULE would expand past the cap (occurrences, or steps from DTSTART) in the window.
    case tooManyOccurrences(line: Int?, rule: String, limit: Int)

    public var description: String {
        switch self {
        case .notICalendar:
            return "not an iCalendar object (no BEGIN:VCALENDAR)"
        case .invalid(let problems):
            return problems.map(\.description).joined(separator: "; ")
        case .unknownTimeZone(let id):
            return "unknown time zone \(id) (is tzdata installed?)"
        case .tooManyOccurrences(let line, let rule, let limit):
            return "line \(line.map(String.init) ?? "?"): RRULE \(rule) gives more than \(limit) occurrences in the window"
        case .invalidValue(let property, let value):
            return "invalid \(property) value '\(value)'"
        }
    }
}

/// One problem libical reported, with the line of the input it was found on where known.
public struct ICalProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What samkal's own checks found (libical's findings have no kind, only a message).
    public enum Kind: Sendable, Hashable, Codable {
        case eventWithoutStart
        case endsBeforeStart
        case impossibleValue(String)
        case unknownTimeZone(String)
        case componentInsideEvent(String)
        case nestedTooDeep(limit: Int)
        case lineTooLong(limit: Int)
        case cannotExpand(String)
        case withoutLength
        case tooManyPeriods(limit: Int)
        case unbalanced(String)
        /// A VTIMEZONE of the file whose rules libical would take too long to expand.
        case timeZoneTooCostly(zone: String, rule: String)
    }

    public var kind: Kind?
    /// 1-based line of the unfolded input, or `nil` when libical does not say.
    public var line: Int?
    /// The property the problem concerns, e.g. `DTSTART`.
    public var property: String?
    public var message: String

    public init(line: Int?, property: String?, message: String, kind: Kind? = nil) {
        self.line = line
        self.property = property
        self.message = message
        self.kind = kind
    }

    public var description: String {
        var text = ""
        if let line { text += "line \(line): " }
        if let property { text += "\(property): " }
        return text + message
    }
}
