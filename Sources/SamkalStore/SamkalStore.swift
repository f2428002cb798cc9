import SamkalCore

/// Everything samkal remembers: agreements and their people, participants, plan versions
/// and their meetings, attendance, minutes, action items and the audit log.
///
/// Each method is one transaction: it happens entirely or not at all. Methods that the
/// need-to-know rule guards check it inside the transaction and write the audit entry in
/// the same transaction, whether the request was allowed or refused. `now` is the
/// caller's clock, so the store never reads one.
public protocol SamkalStore: SubscriptionStore, OutboxStore, ReplyStore {
    /// A value that changes whenever anything is committed, by this process or another;
    /// cheap enough to ask on every request (the server's feed cache does).
    func changeStamp() -> StoreChangeStamp

    // MARK: Agreements and participants

    func agreement(id: String?) async throws -> Agreement?
    /// Imports (inserts or updates by id) participants of `agreement`, storing the
    /// agreement too, in one transaction.
    /// `audit` is written in the same transaction.
    func importParticipants(_ participants: [Participant], agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> ImportSummary
    func participants(agreementID: String) async throws -> [Participant]
    func participant(id: String) async throws -> Participant?
    func endParticipant(id: String, on date: LocalDate, audit: AuditEntry?, now: UTCTimestamp) async throws -> Participant

    // MARK: Plans

    /// Stores the agreement and a plan computed from it as a new version, in one
    /// transaction, and returns the plan as it now stands (stored SEQUENCE and STATUS,
    /// cancelled meetings kept) with the changes.
    func recordPlan(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> PlanVersion
    /// Plans and records in one transaction: `planning` is given the agreement's stored
    /// meetings and returns the plan, which is reconciled with those same meetings — one read
    /// of the store, and no other writer in between.
    func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, planning: @Sendable ([PlannedMeeting]) throws -> Plan
    ) async throws -> PlanVersion
    func latestPlanVersion(agreementID: String) async throws -> PlanVersionSummary?
    func meeting(uid: String) async throws -> PlannedMeeting?
    func meetings(agreementID: String) async throws -> [PlannedMeeting]
    /// When each meeting last changed (its plan version's time): DTSTAMP and Last-Modified.
    func meetingChangeTimes(agreementID: String) async throws -> [String: UTCTimestamp]

    // MARK: Busy time

    /// Replaces, for each entry, the busy time `owner` has from `source` (a file name) with
    /// `periods` — all entries in one transaction.
    func replaceBusy(_ imports: [(owner: String, source: String, periods: [BusyPeriod])], audit: AuditEntry?) async throws
    /// Every owner's imported busy time.
    func busyTime() async throws -> [String: [BusyPeriod]]

    // MARK: Minutes, attendance, action items (guarded and audited)

    func logMinutes(_ entry: MinutesEntry, now: UTCTimestamp) async throws -> AccessResult<MinutesRecord>
    func minutesHistory(meetingUID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<MinutesHistory>
    func listMinutes(_ filter: MinutesFilter, as personID: String, now: UTCTimestamp) async throws -> [MinutesListing]
    func actionItems(openOnly: Bool, as personID: String, now: UTCTimestamp) async throws -> [ActionItem]
    func closeActionItem(id: Int64, as personID: String, now: UTCTimestamp) async throws -> AccessResult<ActionItem>
    func attendance(participantID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<AttendanceSummary>
    func attendance(_ scope: AttendanceScope, as personID: String, now: UTCTimestamp) async throws -> AttendanceOverview
    func auditLog(limit: Int?) async throws -> [AuditEntry]
    /// Audit entries of their own: refusals, and reads that change nothing else.
    func recordAudit(_ entries: [AuditEntry]) async throws
}

extension SamkalStore {
    /// Without an audit entry: for tests and for the server's own first start.
    public func importParticipants(_ participants: [Participant], agreement: Agreement, now: UTCTimestamp) async throws -> ImportSummary {
        try await importParticipants(participants, agreement: agreement, audit: nil, now: now)
    }

    public func endParticipant(id: String, on date: LocalDate, now: UTCTimestamp) async throws -> Participant {
        try await endParticipant(id: id, on: date, audit: nil, now: now)
    }

    public func recordPlan(_ plan: Plan, agreement: Agreement, now: UTCTimestamp) async throws -> PlanVersion {
        try await recordPlan(plan, agreement: agreement, audit: nil, now: now)
    }

    public func replaceBusy(_ imports: [(owner: String, source: String, periods: [BusyPeriod])]) async throws {
        try await replaceBusy(imports, audit: nil)
    }
}

public struct ImportSummary: Sendable, Hashable, Codable {
    public let inserted: Int
    public let updated: Int

    public init(inserted: Int, updated: Int) {
        self.inserted = inserted
        self.updated = updated
    }
}

/// One stored plan version and what it changed.
public struct PlanVersion: Sendable, Hashable {
    public let number: Int64
    public let createdAt: UTCTimestamp
    public let plan: Plan
    public let changes: [MeetingChange]
}

/// A meeting's minutes: every revision, oldest first, with its action items.
public struct MinutesHistory: Sendable, Hashable {
    public let meeting: PlannedMeeting
    public let revisions: [MinutesRecord]
    public let actionItems: [ActionItem]

    public var latest: MinutesRecord? { revisions.last }
}

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

/// Attendance across participants: by party or by meeting kind.
public enum AttendanceScope: Sendable, Hashable {
    case party(String)
    case kind(MeetingKind)
    case all
}

/// Rows for the participants the asker may see, and how many were withheld.
public struct AttendanceOverview: Sendable, Hashable {
    public let rows: [AttendanceSummary]
    public let hidden: Int
}

/// Why a store operation could not be done (beyond access, which is a result).
public enum StoreError: Error, Sendable, Hashable {
    case noAgreement
    case unknownMeeting(String)
    case unknownParticipant(String)
    case unknownPerson(String)
    case unknownActionItem(Int64)
    case notAnAttendee(meetingUID: String, attendeeID: String)
    case excuseWithoutReason(String)
    /// A subscription token's hash is already in use (a token was reused).
    case duplicateToken
}
