/// Referat: what was said and decided at a meeting, and who came.
///
/// Every amendment is a new revision; earlier revisions stay readable.
public struct MinutesRecord: Sendable, Hashable, Codable {
    public let meetingUID: String
    /// 1 for the first record, then 2, 3, … for each amendment.
    public let revision: Int
    public let authorID: String
    public let recordedAt: UTCTimestamp
    public let text: String
    public let decisions: [String]
    public let attendance: [AttendanceMark]
    /// The action items this revision added.
    public let actionItemIDs: [Int64]

    public init(
        meetingUID: String, revision: Int, authorID: String, recordedAt: UTCTimestamp,
        text: String, decisions: [String], attendance: [AttendanceMark], actionItemIDs: [Int64]
    ) {
        self.meetingUID = meetingUID
        self.revision = revision
        self.authorID = authorID
        self.recordedAt = recordedAt
        self.text = text
        self.decisions = decisions
        self.attendance = attendance
        self.actionItemIDs = actionItemIDs
    }
}

/// What `samkal minutes log` asks the store to record.
public struct MinutesEntry: Sendable, Hashable, Codable {
    public let meetingUID: String
    public let authorID: String
    public let text: String
    public let decisions: [String]
    public let attendance: [AttendanceMark]
    public let actions: [NewActionItem]

    public init(meetingUID: String, authorID: String, text: String, decisions: [String], attendance: [AttendanceMark], actions: [NewActionItem]) {
        self.meetingUID = meetingUID
        self.authorID = authorID
        self.text = text
        self.decisions = decisions
        self.attendance = attendance
        self.actions = actions
    }
}
