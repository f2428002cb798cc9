/// A run of days on which leader and cooperation meetings are avoided: school holidays
/// (vinterferie, påskeferie, høstferie, juleferie, sommerferie) when staff take leave.
public struct AvoidPeriod: Sendable, Hashable, Codable {
    public let name: String
    public let span: DateSpan

    public init(name: String, span: DateSpan) {
        self.name = name
        self.span = span
    }
}

/// An iCalendar file of school holidays named by the agreement, resolved at the edge.
public struct CalendarFileReference: Sendable, Hashable, Codable {
    /// The path as written in the agreement (relative to the agreement file).
    public let path: String
    public let location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}
