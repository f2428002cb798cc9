import SamkalCore

/// What the use cases for minutes, attendance and action items read and write, inside one
/// transaction of a store. The store only persists: whether someone may read or write, and
/// what makes minutes valid, is decided by the caller (`SamkalService`) on what it reads
/// here — once, for every store — and the audit entry is written in the same transaction
/// as what it records.
public protocol RecordsTransaction {
    // MARK: Reading

    func meeting(uid: String) throws -> PlannedMeeting?
    /// The meetings with these UIDs, any order; unknown UIDs are left out.
    func meetings(uids: [String]) throws -> [PlannedMeeting]
    /// An agreement's meetings by day, then UID.
    func meetings(agreementID: String) throws -> [PlannedMeeting]
    /// The agreement a stored meeting belongs to.
    func agreementID(ofMeeting uid: String) throws -> String?
    /// Every stored agreement's id, sorted.
    func agreementIDs() throws -> [String]
    /// The need-to-know rule's inputs for an agreement: the agreement and its participants.
    func policy(agreementID: String) throws -> AccessPolicy
    /// The stored agreement (its time zone, for when a meeting starts).
    func agreement(id: String) throws -> Agreement
    /// A participant and the agreement they belong to.
    func participant(id: String) throws -> (agreementID: String, participant: Participant)?
    /// A meeting's minutes, oldest revision first; attendance staff first, then participants, by id.
    func minutesRevisions(meetingUID: String) throws -> [MinutesRecord]
    /// The latest revision of every meeting's minutes, by meeting day, then UID.
    func latestMinutes() throws -> [LatestMinutes]
    /// A meeting's action items, by id.
    func actionItems(meetingUID: String) throws -> [ActionItem]
    /// Every action item (only open ones with `openOnly`), by due date, then id.
    func actionItems(openOnly: Bool) throws -> [ActionItem]
    func actionItem(id: Int64) throws -> ActionItem?
    /// Open action items of these meetings.
    func openActionItemCount(meetingUIDs: [String]) throws -> Int

    // MARK: Writing

    func audit(_ entry: AuditEntry) throws
    /// Adds an action item of a meeting and returns its id.
    func addActionItem(_ item: NewActionItem, meetingUID: String) throws -> Int64
    /// Adds a revision of a meeting's minutes (its attendance with it).
    func addMinutes(_ record: MinutesRecord) throws
    /// Marks an open action item closed.
    func closeActionItem(id: Int64, by personID: String, at time: UTCTimestamp) throws
}

/// The latest revision of one meeting's minutes, as listings show it.
public struct LatestMinutes: Sendable, Hashable {
    public let meetingUID: String
    public let agreementID: String
    public let revision: Int
    public let recordedAt: UTCTimestamp
    public let authorID: String
    public let openActionItems: Int

    public init(meetingUID: String, agreementID: String, revision: Int, recordedAt: UTCTimestamp, authorID: String, openActionItems: Int) {
        self.meetingUID = meetingUID
        self.agreementID = agreementID
        self.revision = revision
        self.recordedAt = recordedAt
        self.authorID = authorID
        self.openActionItems = openActionItems
    }
}

/// A store whose minutes, attendance and action items are read and written in transactions.
public protocol RecordsStore: Sendable {
    /// Runs `body` as one transaction: everything it wrote is kept, or, when it throws, nothing.
    func records<T: Sendable>(_ body: @escaping @Sendable (any RecordsTransaction) throws -> T) async throws -> T
}
