import SamkalCore
import Synchronization

/// The store contract kept in memory: for tests of the layers above, and as the second
/// implementation the shared conformance suite holds to the same behaviour as SQLite. Each
/// method runs under one lock, so it happens entirely or not at all, like a transaction;
/// nothing survives the process.
public final class MemoryStore: SamkalStore {
    struct StoredMeeting {
        var meeting: PlannedMeeting
        var agreementID: String
        var changedVersion: Int64
    }

    struct Minutes {
        var record: MinutesRecord
    }

    struct Version {
        var number: Int64
        var agreementID: String
        var createdAt: UTCTimestamp
        var range: DateSpan
        var changes: [MeetingChange]
        var unplaced: [UnplacedMeeting]
    }

    struct State {
        var revision = 0
        var agreements: [String: Agreement] = [:]
        /// Participants by id, with the agreement they belong to.
        var participants: [String: (agreementID: String, participant: Participant)] = [:]
        var versions: [Version] = []
        var meetings: [String: StoredMeeting] = [:]
        var busy: [String: [String: [BusyPeriod]]] = [:]
        var minutes: [String: [MinutesRecord]] = [:]
        var actionItems: [ActionItem] = []
        var audit: [AuditEntry] = []
        var feeds: [(subscription: FeedSubscription, tokenHash: String)] = []
        var accessTokens: [(token: AccessToken, tokenHash: String)] = []
        /// Ended sign-ins: token hash → the last second the token would be accepted.
        var endedSignIns: [String: UTCTimestamp] = [:]
        var outbox: [OutboxEntry] = []
        /// Each message's sender and until when its claim holds.
        var claims: [Int64: (sender: String, until: UTCTimestamp)] = [:]
        var replies: [String: MeetingReply] = [:]

        mutating func log(_ entry: AuditEntry?) {
            guard let entry else { return }
            audit.append(AuditEntry(
                id: Int64(audit.count + 1), at: entry.at, actorID: entry.actorID, action: entry.action,
                target: entry.target, allowed: entry.allowed, rule: entry.rule, agreementID: entry.agreementID,
                credential: entry.credential
            ))
        }

        /// Stores the agreement; a person another stored agreement defines with another name
        /// or address is refused (one id is one person in the whole store).
        mutating func store(_ agreement: Agreement, checkingPeople: Bool = true) throws {
            for person in checkingPeople ? agreement.sortedPeople : [] {
                for other in agreements.values.sorted(by: { $0.id < $1.id }) where other.id != agreement.id {
                    if let known = other.people[person.id], known.name != person.name || known.email != person.email {
                        throw StoreError.personDefinedDifferently(person: person.id, agreement: other.id)
                    }
                }
            }
            agreements[agreement.id] = agreement
        }

        func policy(agreementID: String) throws -> AccessPolicy {
            guard let agreement = agreements[agreementID] else { throw StoreError.noAgreement }
            return AccessPolicy(agreement: agreement, participants: participants(of: agreementID))
        }

        func participants(of agreementID: String) -> [Participant] {
            participants.values.filter { $0.agreementID == agreementID }.map(\.participant).sorted { $0.id < $1.id }
        }

        func meetings(of agreementID: String) -> [PlannedMeeting] {
            meetings.values.filter { $0.agreementID == agreementID }.map(\.meeting)
                .sorted { ($0.date, $0.uid) < ($1.date, $1.uid) }
        }

        func bookingsElsewhere(agreementID: String, sharing: SharedResources) -> [BookingElsewhere] {
            guard !sharing.isEmpty else { return [] }
            return agreements.keys.sorted().filter { $0 != agreementID }.flatMap { other in
                BookingElsewhere.of(meetings(of: other), agreementID: other, sharing: sharing)
            }
        }

        func stored(_ uid: String) throws -> StoredMeeting {
            guard let stored = meetings[uid] else { throw StoreError.unknownMeeting(uid) }
            return stored
        }
    }

    private let state = Mutex(State())

    private let installation: MeetingIdentity

    /// A store in memory; without `identity`, one made from the system's random source.
    public init(identity: MeetingIdentity? = nil) {
        var generator = SystemRandomNumberGenerator()
        installation = identity ?? MeetingIdentity(key: (0..<MeetingIdentity.keyLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) })!
    }

    public func identity() async throws -> MeetingIdentity { installation }

    public func checkHealth() async throws {}

    /// Runs `body` as one transaction: on a thrown error, nothing it changed is kept.
    func transaction<T>(_ body: (inout State) throws -> T) throws -> T {
        try state.withLock { state in
            var copy = state
            let result = try body(&copy)
            copy.revision += 1
            state = copy
            return result
        }
    }

    private func read<T>(_ body: (State) throws -> T) rethrows -> T {
        try state.withLock { try body($0) }
    }

    public func changeStamp() -> StoreChangeStamp {
        Self.stamp(revision: read { $0.revision })
    }

    private static func stamp(revision: Int) -> StoreChangeStamp {
        StoreChangeStamp(counter: Int64(revision))
    }

    // MARK: Agreements and participants

    public func agreementIDs() async throws -> [String] {
        read { $0.agreements.keys.sorted() }
    }

    public func agreement(id: String) async throws -> Agreement? {
        read { $0.agreements[id] }
    }

    public func agreementID(ofParticipant id: String) async throws -> String? {
        read { $0.participants[id]?.agreementID }
    }

    public func agreementID(ofMeeting uid: String) async throws -> String? {
        read { $0.meetings[uid]?.agreementID }
    }

    public func importParticipants(_ participants: [Participant], agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> ImportSummary {
        try transaction { state in
            try state.store(agreement)
            state.log(audit)
            var inserted = 0
            var updated = 0
            for participant in participants {
                if let existing = state.participants[participant.id], existing.agreementID != agreement.id {
                    throw StoreError.participantInAnotherAgreement(participant: participant.id, agreement: existing.agreementID)
                }
                switch state.participants[participant.id] {
                case nil: inserted += 1
                case let existing? where existing.participant != participant: updated += 1
                default: break
                }
                state.participants[participant.id] = (agreement.id, participant)
            }
            return ImportSummary(inserted: inserted, updated: updated)
        }
    }

    public func participants(agreementID: String) async throws -> [Participant] {
        read { $0.participants(of: agreementID) }
    }

    public func participant(id: String) async throws -> Participant? {
        read { $0.participants[id]?.participant }
    }

    public func endParticipant(id: String, on date: LocalDate, audit: AuditEntry?, now: UTCTimestamp) async throws -> Participant {
        try transaction { state in
            guard var entry = state.participants[id] else { throw StoreError.unknownParticipant(id) }
            state.log(audit)
            entry.participant.endedOn = date
            state.participants[id] = entry
            return entry.participant
        }
    }

    // MARK: Plans

    public func recordPlan(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp) async throws -> PlanVersion {
        try record(plan, agreement: agreement, audit: audit, now: now, reconciled: { _ in })
    }

    private func record(_ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, reconciled: (Plan) -> Void) throws -> PlanVersion {
        try transaction { state in try Self.record(plan, agreement: agreement, audit: audit, now: now, in: &state, reconciled: reconciled) }
    }

    public func recordPlans(_ runs: [PlanRun], now: UTCTimestamp) async throws -> [PlanVersion] {
        try transaction { state in
            let versions = try runs.map { run in
                let previous = state.meetings(of: run.agreement.id)
                let plan = try run.planning(previous, state.bookingsElsewhere(agreementID: run.agreement.id, sharing: run.sharing))
                return try Self.record(plan, agreement: run.agreement, audit: run.audit, now: now, in: &state, reconciled: { _ in }, checkingPeople: false)
            }
            // Shared people are checked once all are stored (see SQLiteStore.checkPeopleAgree).
            let ids = Set(runs.map(\.agreement.id))
            var seen: [String: (name: String, email: String)] = [:]
            for agreement in state.agreements.values.sorted(by: { $0.id < $1.id }) {
                for person in agreement.sortedPeople {
                    if let known = seen[person.id], known != (person.name, person.email) {
                        let holders = state.agreements.values.filter { $0.people[person.id] != nil }.map(\.id).sorted()
                        throw StoreError.personDefinedDifferently(person: person.id, agreement: holders.first { !ids.contains($0) } ?? holders.last ?? "")
                    }
                    seen[person.id] = (person.name, person.email)
                }
            }
            return versions
        }
    }

    private static func record(
        _ plan: Plan, agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, in state: inout State, reconciled: (Plan) -> Void,
        checkingPeople: Bool = true
    ) throws -> PlanVersion {
        do {
            try state.store(agreement, checkingPeople: checkingPeople)
            state.log(audit)
            var byUID: [String: PlannedMeeting] = [:]
            for stored in state.meetings.values where stored.agreementID == plan.agreementID && plan.range.contains(stored.meeting.date) {
                byUID[stored.meeting.uid] = stored.meeting
            }
            for meeting in plan.meetings where byUID[meeting.uid] == nil {
                if let stored = state.meetings[meeting.uid] { byUID[meeting.uid] = stored.meeting }
            }
            let outcome = PlanVersioning.reconcile(stored: byUID.values.sorted { $0.uid < $1.uid }, with: plan)
            reconciled(outcome.plan)
            let number = Int64(state.versions.count + 1)
            state.versions.append(Version(number: number, agreementID: plan.agreementID, createdAt: now, range: plan.range, changes: outcome.changes, unplaced: outcome.plan.unplaced))
            for meeting in outcome.changedMeetings {
                state.meetings[meeting.uid] = StoredMeeting(meeting: meeting, agreementID: plan.agreementID, changedVersion: number)
            }
            return PlanVersion(number: number, createdAt: now, plan: outcome.plan, changes: outcome.changes)
        }
    }

    public func meetingsSnapshot(agreementID: String, sharing: SharedResources) async throws -> MeetingsSnapshot {
        read { state in
            MeetingsSnapshot(
                meetings: state.meetings(of: agreementID), elsewhere: state.bookingsElsewhere(agreementID: agreementID, sharing: sharing),
                sharing: sharing, stamp: Self.stamp(revision: state.revision)
            )
        }
    }

    public func bookingsElsewhere(agreementID: String, sharing: SharedResources) async throws -> [BookingElsewhere] {
        read { $0.bookingsElsewhere(agreementID: agreementID, sharing: sharing) }
    }

    public func recordPlan(
        agreement: Agreement, audit: AuditEntry?, now: UTCTimestamp, previous: MeetingsSnapshot?,
        planning: @escaping @Sendable ([PlannedMeeting], [BookingElsewhere]) throws -> Plan, reconciled: @escaping @Sendable (Plan) -> Void
    ) async throws -> PlanVersion {
        // Planning outside the lock; the state is checked unchanged before recording.
        let snapshot: MeetingsSnapshot
        if let previous, previous.stamp == changeStamp() {
            snapshot = previous
        } else {
            snapshot = try await meetingsSnapshot(agreementID: agreement.id, sharing: previous?.sharing ?? .none)
        }
        let plan = try planning(snapshot.meetings, snapshot.elsewhere)
        guard changeStamp() == snapshot.stamp else {
            let again = try await meetingsSnapshot(agreementID: agreement.id, sharing: snapshot.sharing)
            return try await recordPlan(agreement: agreement, audit: audit, now: now, previous: again, planning: planning, reconciled: reconciled)
        }
        return try record(plan, agreement: agreement, audit: audit, now: now, reconciled: reconciled)
    }

    public func latestPlanVersion(agreementID: String) async throws -> PlanVersionSummary? {
        read { state in
            state.versions.last { $0.agreementID == agreementID }.map { version in
                PlanVersionSummary(
                    number: version.number, createdAt: version.createdAt, range: version.range, unplaced: version.unplaced,
                    // As SQLite reads them: each change with the meeting as it now stands.
                    changes: version.changes.map { change in
                        MeetingChange(
                            uid: change.uid, kind: change.kind, reason: change.reason, moveReason: change.moveReason,
                            before: change.before, after: state.meetings[change.uid]?.meeting ?? change.after
                        )
                    }
                )
            }
        }
    }

    public func meeting(uid: String) async throws -> PlannedMeeting? {
        read { $0.meetings[uid]?.meeting }
    }

    public func meetings(agreementID: String) async throws -> [PlannedMeeting] {
        read { $0.meetings(of: agreementID) }
    }

    public func meetingChangeTimes(agreementID: String) async throws -> [String: UTCTimestamp] {
        read { state in
            let times = Dictionary(uniqueKeysWithValues: state.versions.map { ($0.number, $0.createdAt) })
            var result: [String: UTCTimestamp] = [:]
            for stored in state.meetings.values where stored.agreementID == agreementID {
                result[stored.meeting.uid] = times[stored.changedVersion]
            }
            return result
        }
    }

    // MARK: Busy time

    public func replaceBusy(_ imports: [(owner: String, source: String, periods: [BusyPeriod])], audit: AuditEntry?) async throws {
        try transaction { state in
            state.log(audit)
            for item in imports { state.busy[item.owner, default: [:]][item.source] = item.periods }
        }
    }

    public func busyTime() async throws -> [String: [BusyPeriod]] {
        read { state in
            state.busy.compactMapValues { sources in
                let periods = sources.values.flatMap { $0 }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
                return periods.isEmpty ? nil : periods
            }
        }
    }

    // MARK: Audit (minutes, attendance and action items: MemoryRecordsTransaction)

    public func recordAudit(_ entries: [AuditEntry]) async throws {
        try transaction { state in for entry in entries { state.log(entry) } }
    }

    public func auditLog(agreementID: String?, limit: Int?) async throws -> [AuditEntry] {
        read { state in
            let entries = agreementID.map { id in
                let people = state.agreements[id]?.people ?? [:]
                return state.audit.filter { $0.agreementID == id || ($0.agreementID == nil && people[$0.actorID] != nil) }
            } ?? state.audit
            return limit.map { Array(entries.suffix(max(0, $0))) } ?? entries
        }
    }

    // MARK: Subscriptions

    public func addFeed(kind: FeedSubscription.Kind, subject: String, label: String, tokenHash: String, audit: AuditEntry?, now: UTCTimestamp) async throws -> FeedSubscription {
        try transaction { state in
            guard !state.feeds.contains(where: { $0.tokenHash == tokenHash }) else { throw StoreError.duplicateToken }
            state.log(audit)
            let subscription = FeedSubscription(id: Int64(state.feeds.count + 1), kind: kind, subject: subject, label: label, createdAt: now, revokedAt: nil)
            state.feeds.append((subscription, tokenHash))
            return subscription
        }
    }

    public func feed(id: Int64) async throws -> FeedSubscription? {
        read { $0.feeds.first { $0.subscription.id == id }?.subscription }
    }

    public func feed(tokenHash: String) async throws -> FeedSubscription? {
        read { $0.feeds.first { $0.tokenHash == tokenHash && $0.subscription.isActive }?.subscription }
    }

    public func feeds() async throws -> [FeedSubscription] {
        read { $0.feeds.map(\.subscription) }
    }

    public func revokeFeed(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool {
        try transaction { state in
            state.log(audit)
            guard let index = state.feeds.firstIndex(where: { $0.subscription.id == id && $0.subscription.isActive }) else { return false }
            let old = state.feeds[index].subscription
            state.feeds[index].subscription = FeedSubscription(
                id: old.id, kind: old.kind, subject: old.subject, label: old.label, createdAt: old.createdAt, revokedAt: now
            )
            return true
        }
    }

    public func rotateFeed(id: Int64, tokenHash: String, audit: AuditEntry?) async throws -> Bool {
        try transaction { state in
            state.log(audit)
            guard let index = state.feeds.firstIndex(where: { $0.subscription.id == id && $0.subscription.isActive }) else { return false }
            state.feeds[index].tokenHash = tokenHash
            return true
        }
    }

    // MARK: Personal access tokens

    public func addAccessToken(
        personID: String, label: String, tokenHash: String, expiresAt: UTCTimestamp, audit: AuditEntry?, now: UTCTimestamp
    ) async throws -> AccessToken {
        try transaction { state in
            guard !state.accessTokens.contains(where: { $0.tokenHash == tokenHash }) else { throw StoreError.duplicateToken }
            state.log(audit)
            let token = AccessToken(
                id: Int64(state.accessTokens.count + 1), personID: personID, label: label, createdAt: now, expiresAt: expiresAt, revokedAt: nil
            )
            state.accessTokens.append((token, tokenHash))
            return token
        }
    }

    public func accessToken(tokenHash: String, now: UTCTimestamp) async throws -> AccessToken? {
        read { $0.accessTokens.first { $0.tokenHash == tokenHash && $0.token.isValid(at: now) }?.token }
    }

    public func accessTokens() async throws -> [AccessToken] {
        read { $0.accessTokens.map(\.token) }
    }

    public func revokeAccessToken(id: Int64, audit: AuditEntry?, now: UTCTimestamp) async throws -> Bool {
        try transaction { state in
            guard let index = state.accessTokens.firstIndex(where: { $0.token.id == id && $0.token.revokedAt == nil }) else { return false }
            state.log(audit)
            let old = state.accessTokens[index].token
            state.accessTokens[index].token = AccessToken(
                id: old.id, personID: old.personID, label: old.label, createdAt: old.createdAt, expiresAt: old.expiresAt, revokedAt: now
            )
            return true
        }
    }

    public func endSignIn(tokenHash: String, acceptedUntil: UTCTimestamp, now: UTCTimestamp) async throws {
        try transaction { state in
            state.endedSignIns = state.endedSignIns.filter { $0.value >= now }
            state.endedSignIns[tokenHash] = max(acceptedUntil, state.endedSignIns[tokenHash] ?? acceptedUntil)
        }
    }

    public func signInEnded(tokenHash: String, now: UTCTimestamp) async throws -> Bool {
        read { $0.endedSignIns[tokenHash] != nil }
    }

    // MARK: Outbox

    public func enqueueInvitations(_ messages: [NewOutboxMessage], actorID: String, now: UTCTimestamp) async throws -> Int {
        try transaction { state in
            var added = 0
            for message in messages {
                let invitation = message.invitation
                let exists = state.outbox.contains {
                    $0.invitation.meetingUID == invitation.meetingUID && $0.invitation.attendee.id == invitation.attendee.id
                        && $0.invitation.sequence == invitation.sequence && $0.invitation.method == invitation.method
                }
                if !exists {
                    state.outbox.append(OutboxEntry(
                        id: Int64(state.outbox.count + 1), invitation: invitation, sender: message.sender, recipient: message.recipient,
                        subject: message.subject, messageID: message.messageID, message: message.message, status: .pending,
                        attempts: 0, nextAttemptAt: now, lastError: nil, createdAt: now, sentAt: nil, deliveredTo: nil
                    ))
                    added += 1
                }
                if invitation.method == .request, var stored = state.meetings[invitation.meetingUID], stored.meeting.status == .tentative {
                    stored.meeting.status = .confirmed
                    state.meetings[invitation.meetingUID] = stored
                }
            }
            state.log(AuditEntry(at: now, actorID: actorID, action: .sendInvitations, target: "\(added)", allowed: true, rule: .runsProgramme))
            return added
        }
    }

    public func sentInvitations() async throws -> [SentInvitation] {
        read { $0.outbox.map(\.invitation) }
    }

    public func meetingConfirmationTimes() async throws -> [String: UTCTimestamp] {
        read { state in
            var times: [String: UTCTimestamp] = [:]
            for entry in state.outbox where entry.invitation.method == .request {
                times[entry.invitation.meetingUID] = max(times[entry.invitation.meetingUID] ?? entry.createdAt, entry.createdAt)
            }
            return times
        }
    }

    public func outbox(status: OutboxEntry.Status?) async throws -> [OutboxEntry] {
        read { state in state.outbox.filter { status == nil || $0.status == status } }
    }

    public func dueOutbox(now: UTCTimestamp, meetingUID: String?) async throws -> [OutboxEntry] {
        read { state in
            state.outbox.filter { entry in
                Self.isDue(entry, claim: state.claims[entry.id], now: now) && (meetingUID == nil || entry.invitation.meetingUID == meetingUID)
            }
        }
    }

    private static func isDue(_ entry: OutboxEntry, claim: (sender: String, until: UTCTimestamp)?, now: UTCTimestamp) -> Bool {
        switch entry.status {
        case .pending: entry.nextAttemptAt <= now
        case .sending: claim.map { $0.until < now } ?? true
        case .sent, .failed: false
        }
    }

    public func claimOutbox(id: Int64, by sender: String, now: UTCTimestamp, until: UTCTimestamp) async throws -> Bool {
        try transaction { state in
            guard let index = state.outbox.firstIndex(where: { $0.id == id }) else { return false }
            let entry = state.outbox[index]
            let own = entry.status == .sending && state.claims[id]?.sender == sender
            guard own || Self.isDue(entry, claim: state.claims[id], now: now) else { return false }
            state.outbox[index] = entry.with(status: .sending, attempts: entry.attempts + 1)
            state.claims[id] = (sender, until)
            return true
        }
    }

    public func outboxSent(id: Int64, to destination: String, now: UTCTimestamp) async throws {
        try update(id) { $0.with(status: .sent, lastError: .some(nil), sentAt: now, deliveredTo: destination) }
    }

    public func outboxFailed(id: Int64, error: String, retryAt: UTCTimestamp?) async throws {
        try update(id) { entry in
            retryAt.map { entry.with(status: .pending, nextAttemptAt: $0, lastError: .some(error)) } ?? entry.with(status: .failed, lastError: .some(error))
        }
    }

    public func retryFailedOutbox(now: UTCTimestamp, agreementID: String?) async throws -> Int {
        try transaction { state in
            var count = 0
            for index in state.outbox.indices where state.outbox[index].status == .failed
                && (agreementID == nil || state.meetings[state.outbox[index].invitation.meetingUID]?.agreementID == agreementID) {
                state.outbox[index] = state.outbox[index].with(status: .pending, attempts: 0, nextAttemptAt: now)
                count += 1
            }
            return count
        }
    }

    private func update(_ id: Int64, _ change: (OutboxEntry) -> OutboxEntry) throws {
        try transaction { state in
            guard let index = state.outbox.firstIndex(where: { $0.id == id }) else { return }
            state.outbox[index] = change(state.outbox[index])
        }
    }

    // MARK: Replies

    public func recordReplies(_ replies: [MeetingReply], actorID: String, now: UTCTimestamp) async throws {
        try transaction { state in
            for reply in replies {
                state.replies[reply.meetingUID + "\u{0}" + reply.attendeeID] = MeetingReply(
                    meetingUID: reply.meetingUID, attendeeID: reply.attendeeID, sequence: reply.sequence,
                    answer: reply.answer, stamp: reply.stamp, comment: reply.comment, receivedAt: now
                )
            }
            state.log(AuditEntry(at: now, actorID: actorID, action: .recordReplies, target: "\(replies.count)", allowed: true, rule: .runsProgramme))
        }
    }

    public func replies() async throws -> [MeetingReply] {
        read { state in state.replies.keys.sorted().compactMap { state.replies[$0] } }
    }
}

extension OutboxEntry {
    /// A copy with some fields changed (`lastError: .some(nil)` clears it).
    func with(
        status: Status? = nil, attempts: Int? = nil, nextAttemptAt: UTCTimestamp? = nil, lastError: String?? = nil,
        sentAt: UTCTimestamp? = nil, deliveredTo: String? = nil
    ) -> OutboxEntry {
        OutboxEntry(
            id: id, invitation: invitation, sender: sender, recipient: recipient, subject: subject, messageID: messageID,
            message: message, status: status ?? self.status, attempts: attempts ?? self.attempts,
            nextAttemptAt: nextAttemptAt ?? self.nextAttemptAt, lastError: lastError ?? self.lastError, createdAt: createdAt,
            sentAt: sentAt ?? self.sentAt, deliveredTo: deliveredTo ?? self.deliveredTo
        )
    }
}
