import SamkalCore

/// Everything samkal remembers: agreements and their people, participants, plan versions
/// and their meetings, attendance, minutes, action items and the audit log.
///
/// Each method is one transaction: it happens entirely or not at all. The store only
/// persists: the need-to-know rule is applied by the use cases (`SamkalService`), which
/// pass the audit entry to be written in the same transaction as what it records. `now` is
/// the caller's clock, so the store never reads one.
public protocol SamkalStore: SubscriptionStore, OutboxStore, ReplyStore, RecordsStore {
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
    /// An agreement's stored meetings as read at one moment, to plan from: read before the
    /// plan's transaction (beside other reads), and used by `recordPlan` only if nothing was
    /// committed since.
    func meetingsSnapshot(agreementID: String) async throws -> MeetingsSnapshot
    /// Plans and records in one transaction: `planning` is given the agreement's stored
    /// meetings and returns the plan, which is reconciled with those same meetings — no
    /// other writer in between. The stored meetings are `previous` if nothing was committed
    /// since it was read, else they are read again in the transaction. `reconciled` is told
    /// the plan as it will stand as soon as it is known, before it is written, so a caller
    /// can prepare its output while the store writes (nothing is committed yet: it must not
    /// be shown as recorded until this returns).
    func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, previous: MeetingsSnapshot?,
        planning: @Sendable ([PlannedMeeting]) throws -> Plan, reconciled: @Sendable (Plan) -> Void
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

    // MARK: Audit (minutes, attendance and action items: `RecordsStore`)

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

    public func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, planning: @Sendable ([PlannedMeeting]) throws -> Plan
    ) async throws -> PlanVersion {
        try await recordPlan(agreement: agreement, audit: audit, now: now, previous: nil, planning: planning, reconciled: { _ in })
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

/// An agreement's stored meetings as read at one moment, with the store's change stamp
/// taken before the read: equal stamps later mean they still stand.
public struct MeetingsSnapshot: Sendable {
    public let meetings: [PlannedMeeting]
    public let stamp: StoreChangeStamp

    public init(meetings: [PlannedMeeting], stamp: StoreChangeStamp) {
        self.meetings = meetings
        self.stamp = stamp
    }
}

/// One stored plan version and what it changed.
public struct PlanVersion: Sendable, Hashable {
    public let number: Int64
    public let createdAt: UTCTimestamp
    public let plan: Plan
    public let changes: [MeetingChange]
}

/// Why a store operation could not be done (beyond access, which is a result).
public enum StoreError: Error, Sendable, Hashable {
    case noAgreement
    case unknownMeeting(String)
    case unknownParticipant(String)
    case unknownPerson(String)
    case unknownActionItem(Int64)
    case notAnAttendee(meetingUID: String, attendeeID: String)
    /// Attendance for an id that is neither a person of the agreement nor a participant;
    /// `suggestion` is the one the meeting expects that it most likely meant.
    case unknownAttendee(attendeeID: String, suggestion: String?)
    case excuseWithoutReason(String)
    /// Attendance for a meeting that has not started yet.
    case attendanceBeforeMeeting(meetingUID: String, date: String, start: String)
    /// A subscription token's hash is already in use (a token was reused).
    case duplicateToken
    /// A person of the agreement is already a person of another agreement in the store.
    case personInAnotherAgreement(person: String, agreement: String)
}
