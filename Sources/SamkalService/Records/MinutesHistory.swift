import SamkalCore

/// A meeting's minutes: every revision, oldest first, with its action items.
public struct MinutesHistory: Sendable, Hashable {
    public let meeting: PlannedMeeting
    public let revisions: [MinutesRecord]
    public let actionItems: [ActionItem]
    /// The names of the participants the reader may see, by id (others show by case id only,
    /// and without the reason for an absence).
    public let participantNames: [String: String]

    public var latest: MinutesRecord? { revisions.last }
}
