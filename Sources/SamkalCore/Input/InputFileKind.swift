/// The kinds of file a user hands samkal, each with its size limit and the text
/// encodings it may come in.
public enum InputFileKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A participants CSV file (`samkal participants import`).
    case participantCSV
    /// An agreement YAML file (`samkal check`, `plan` and every command that reads one).
    case agreementYAML
    /// An iCalendar file: school holidays named by the agreement, busy time, replies.
    case iCalendar
    /// A school-holiday calendar an agreement names: read whole by libical, so smaller.
    case holidayCalendar
    /// A reply to an invitation: an e-mail message or an iCalendar file (`samkal rsvp import`).
    case reply
    /// The text of minutes (`samkal minutes log --file`).
    case minutesText

    /// The largest file of this kind samkal reads, in bytes (`InputLimits`).
    public var maximumBytes: Int {
        switch self {
        case .participantCSV: InputLimits.participantCSVBytes
        case .agreementYAML: InputLimits.agreementYAMLBytes
        case .iCalendar: InputLimits.iCalendarBytes
        case .holidayCalendar: InputLimits.holidayCalendarBytes
        case .reply: InputLimits.replyBytes
        case .minutesText: InputLimits.minutesTextBytes
        }
    }

    /// Whether text that is not UTF-8 is read as Windows-1252, as Norwegian Excel saves
    /// CSV files; every other kind must be UTF-8.
    public var acceptsWindows1252: Bool { self == .participantCSV }
}
