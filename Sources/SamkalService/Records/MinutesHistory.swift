import SamkalCore

/// A meeting's minutes: every revision, oldest first, with its action items.
public struct MinutesHistory: Sendable, Hashable {
    public let meeting: PlannedMeeting
    public let revisions: [MinutesRecord]
    public let actionItems: [ActionItem]

    public var latest: MinutesRecord? { revisions.last }
}
