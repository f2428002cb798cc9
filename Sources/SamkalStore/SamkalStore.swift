import SamkalCore

/// Everything samkal remembers: agreements and their people, participants, plan versions
/// and their meetings, attendance, minutes, action items and the audit log.
///
/// Each method is one transaction: it happens entirely or not at all. The store only
/// persists: the need-to-know rule is applied by the use cases (`SamkalService`), which
/// pass the audit entry to be written in the same transaction as what it records. `now` is
/// the caller's clock, so the store never reads one.
public protocol SamkalStore: SubscriptionStore, AccessTokenStore, OutboxStore, ReplyStore, RecordsStore {
    /// A value that changes whenever anything is committed, by this process or another;
    /// cheap enough to ask on every request (the server's feed cache does).
    func changeStamp() -> StoreChangeStamp

    /// The installation's identity for opaque UIDs, Message-IDs and file names: one a
    /// store (made on first use), so every instance and command on it names a meeting alike.
    func identity() async throws -> MeetingIdentity

    /// Throws (`StoreUnavailable`) unless the store answers a trivial read within a couple
    /// of seconds: what `/healthz` tells a load balancer.
    func checkHealth() async throws

    // MARK: Agreements and participants

    /// The ids of every stored agreement, sorted.
    func agreementIDs() async throws -> [String]
    /// The stored agreement with `id`. Which agreement a command means is chosen by
    /// `AgreementChoice` (service), never by the store.
    func agreement(id: String) async throws -> Agreement?
    /// The agreement a participant belongs to (the one whose refugee service runs their programme).
    func agreementID(ofParticipant id: String) async throws -> String?
    /// The agreement a stored meeting belongs to.
    func agreementID(ofMeeting uid: String) async throws -> String?
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
    /// `sharing`: the people and rooms other agreements' meetings may take (`elsewhere`).
    func meetingsSnapshot(agreementID: String, sharing: SharedResources) async throws -> MeetingsSnapshot
    /// Other agreements' meetings that take any of `sharing` (not cancelled).
    func bookingsElsewhere(agreementID: String, sharing: SharedResources) async throws -> [BookingElsewhere]
    /// Plans and records in one transaction: `planning` is given the agreement's stored
    /// meetings and the other agreements' bookings of its shared people and rooms, and
    /// returns the plan, which is reconciled with those same meetings — no other writer in
    /// between (so two agreements planned at once never book a shared person twice). Both
    /// are `previous`'s if nothing was committed since it was read, else they are read again
    /// in the transaction. `reconciled` is told
    /// the plan as it will stand as soon as it is known, before it is written, so a caller
    /// can prepare its output while the store writes (nothing is committed yet: it must not
    /// be shown as recorded until this returns).
    func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, previous: MeetingsSnapshot?,
        planning: @escaping @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan, reconciled: @escaping @Sendable (Plan) -> Void
    ) async throws -> PlanVersion
    /// Plans and records several agreements (a region) in one transaction, in the order
    /// given: each run's `planning` is given its agreement's stored meetings and the other
    /// agreements' bookings of its `sharing` as they stand at that point — the meetings of
    /// the runs before it included, so no shared person or room is booked twice. All are
    /// recorded, one version each, or none.
    func recordPlans(_ runs: [PlanRun], now: UTCTimestamp) async throws -> [PlanVersion]
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

    /// The last `limit` entries (all when nil); with `agreementID`, those of that agreement
    /// and those of no agreement made by its people.
    func auditLog(agreementID: String?, limit: Int?) async throws -> [AuditEntry]
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
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, planning: @escaping @Sendable ([PlannedMeeting]) throws -> Plan
    ) async throws -> PlanVersion {
        try await recordPlan(agreement: agreement, audit: audit, now: now, previous: nil, planning: { previous, _ in try planning(previous) }, reconciled: { _ in })
    }

    public func meetingsSnapshot(agreementID: String) async throws -> MeetingsSnapshot {
        try await meetingsSnapshot(agreementID: agreementID, sharing: .none)
    }

    public func recordPlan(_ plan: Plan, agreement: Agreement, now: UTCTimestamp) async throws -> PlanVersion {
        try await recordPlan(plan, agreement: agreement, audit: nil, now: now)
    }

    /// Every stored agreement, by id.
    public func agreements() async throws -> [Agreement] {
        var found: [Agreement] = []
        for id in try await agreementIDs() {
            if let agreement = try await agreement(id: id) { found.append(agreement) }
        }
        return found
    }

    public func auditLog(limit: Int?) async throws -> [AuditEntry] {
        try await auditLog(agreementID: nil, limit: limit)
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
    /// Other agreements' bookings of `sharing`, read at the same moment.
    public let elsewhere: [BookingElsewhere]
    public let sharing: SharedResources
    public let stamp: StoreChangeStamp

    public init(meetings: [PlannedMeeting], elsewhere: [BookingElsewhere] = [], sharing: SharedResources = .none, stamp: StoreChangeStamp) {
        self.meetings = meetings
        self.elsewhere = elsewhere
        self.sharing = sharing
        self.stamp = stamp
    }
}

/// One agreement of `recordPlans`.
public struct PlanRun: Sendable {
    public let agreement: Agreement
    public let audit: AuditEntry?
    public let sharing: SharedResources
    public let planning: @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan

    public init(
        agreement: Agreement, audit: AuditEntry?, sharing: SharedResources,
        planning: @escaping @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan
    ) {
        self.agreement = agreement
        self.audit = audit
        self.sharing = sharing
        self.planning = planning
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
    /// Several agreements are stored and the command did not say which (`--agreement ID`).
    case agreementNotChosen(ids: [String])
    /// `--agreement ID` names no stored agreement; `known` are those stored.
    case unknownAgreement(String, known: [String])
    /// A person id of the agreement is defined with another name or address by another
    /// stored agreement: the same id is the same person in the whole store.
    case personDefinedDifferently(person: String, agreement: String)
    /// A participant of the import is already a participant of another agreement: each
    /// participant belongs to exactly one.
    case participantInAnotherAgreement(participant: String, agreement: String)
}
