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

    public var description: String {
        switch self {
        case .notICalendar:
            return "not an iCalendar object (no BEGIN:VCALENDAR)"
        case .invalid(let problems):
            return problems.map(\.description).joined(separator: "; ")
        case .unknownTimeZone(let id):
            return "unknown time zone \(id) (is tzdata installed?)"
        case .invalidValue(let property, let value):
            return "invalid \(property) value '\(value)'"
        }
    }
}

/// One problem libical reported, with the line of the input it was found on where known.
public struct ICalProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based line of the unfolded input, or `nil` when libical does not say.
    public var line: Int?
    /// The property the problem concerns, e.g. `DTSTART`.
    public var property: String?
    public var message: String

    public init(line: Int?, property: String?, message: String) {
        self.line = line
        self.property = property
        self.message = message
    }

    public var description: String {
        var text = ""
        if let line { text += "line \(line): " }
        if let property { text += "\(property): " }
        return text + message
    }
}
