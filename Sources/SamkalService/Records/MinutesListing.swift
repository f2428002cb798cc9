import SamkalCore

/// Which minutes `samkal minutes list` shows.
public struct MinutesFilter: Sendable, Hashable {
    public var participantID: String?
    public var kind: MeetingKind?
    public var range: DateSpan?
    public var withOpenActionItems: Bool

    public init(participantID: String? = nil, kind: MeetingKind? = nil, range: DateSpan? = nil, withOpenActionItems: Bool = false) {
        self.participantID = participantID
        self.kind = kind
        self.range = range
        self.withOpenActionItems = withOpenActionItems
    }
}

/// One line of `samkal minutes list`.
public struct MinutesListing: Sendable, Hashable, Codable {
    public let meeting: PlannedMeeting
    public let revision: Int
    public let recordedAt: UTCTimestamp
    public let authorID: String
    public let openActionItems: Int
}
