/// An RRULE, kept in its RFC 5545 text form (`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`).
///
/// libical parses and expands it; this type only carries it across the boundary.
public struct ICalRecurrenceRule: Sendable, Hashable, Codable, CustomStringConvertible {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public var description: String { text }
}
