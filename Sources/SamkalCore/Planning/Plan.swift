/// What the planner computed for an agreement over a range of dates.
public struct Plan: Sendable, Hashable, Codable {
    public let agreementID: String
    public let agreementName: String
    public let range: DateSpan
    /// When the plan's information was last revised: every event's DTSTAMP.
    public let stamp: UTCTimestamp
    public let timeZoneID: String
    public let language: Language
    /// Sorted by date, start time and UID.
    public var meetings: [PlannedMeeting]
    public var warnings: [PlanWarning]
    public var unplaced: [UnplacedMeeting]
    /// UIDs of meetings placed outside the range (their window touches it): not in this
    /// plan, but not gone either.
    public var placedOutsideRange: [String]
    /// Meetings planned before that had to leave their slot, and why.
    public var moves: [String: MoveReason]
    /// How many meetings got the preferred time (and weekday, where one is preferred).
    public var preferredSlotCount: Int
    /// Meetings stored under a readable UID (from before UIDs were opaque) that are planned
    /// again under their opaque UID: the old UID, and the new.
    public var reissued: [String: String]

    public init(
        agreementID: String, agreementName: String, range: DateSpan, stamp: UTCTimestamp,
        timeZoneID: String, language: Language,
        meetings: [PlannedMeeting], warnings: [PlanWarning], unplaced: [UnplacedMeeting],
        placedOutsideRange: [String] = [], moves: [String: MoveReason] = [:], preferredSlotCount: Int = 0,
        reissued: [String: String] = [:]
    ) {
        self.reissued = reissued
        self.agreementID = agreementID
        self.agreementName = agreementName
        self.range = range
        self.stamp = stamp
        self.timeZoneID = timeZoneID
        self.language = language
        self.meetings = meetings
        self.warnings = warnings
        self.unplaced = unplaced
        self.placedOutsideRange = placedOutsideRange
        self.moves = moves
        self.preferredSlotCount = preferredSlotCount
    }
}
