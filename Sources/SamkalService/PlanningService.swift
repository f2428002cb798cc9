import SamkalCore
import SamkalStore
import Synchronization

/// Plans an agreement against what the store holds — its participants (or others given),
/// everyone's imported busy time and the last plan version, whose still-possible slots are
/// kept — and records the result as a new plan version, or shows what it would be.
public struct PlanningService: Sendable {
    public let store: any SamkalStore
    public let identity: MeetingIdentity

    public init(store: any SamkalStore, identity: MeetingIdentity) {
        self.store = store
        self.identity = identity
    }

    /// What planning gave.
    public struct Outcome: Sendable {
        /// The plan as it now stands in the range: stored SEQUENCE and STATUS, cancelled
        /// meetings kept (for a dry run: as it would stand).
        public let plan: Plan
        /// The stored version, unless this was a dry run.
        public let version: PlanVersion?
        /// The participants planned for.
        public let participants: [Participant]
        /// What `preparing` made of `plan`, if it was given.
        public let prepared: String?
        /// The day the planner was asked to optimize from (`optimize`: today in the
        /// agreement's time zone at `now`); nil without `optimize`.
        public let optimizeFrom: LocalDate?
    }

    /// Plans `agreement` over `range`. With `record`, the agreement, the plan and `audit`
    /// are stored in one transaction at `now`; otherwise nothing is stored (`audit` is
    /// still written: reading the store for a plan is an access too).
    ///
    /// `preparing` turns the plan as it stands into what the caller will show (a table for
    /// people); it runs on another core while the store writes, and its result is returned
    /// only once the plan is recorded.
    ///
    /// With `optimize` (`plan --optimize`), stored meetings never sent out and dated today
    /// or later (today in the agreement's time zone at `now`) may move to a better slot.
    public func plan(
        _ agreement: Agreement, range: DateSpan, stamp: UTCTimestamp, language: Language,
        participants given: [Participant]? = nil, record: Bool, audit: AuditEntry?, now: UTCTimestamp,
        optimize: Bool = false, preparing: (@Sendable (Plan) -> String)? = nil
    ) async throws -> Outcome {
        guard let zone = ZonedTime(zoneID: agreement.timeZoneID) else { throw PlanningError.unknownTimeZone(agreement.timeZoneID) }
        let optimizeFrom = optimize ? zone.date(at: now) : nil
        // Participants and busy time are read side by side (each on its own connection).
        let store = store
        // The people and rooms other stored agreements have too: their meetings there are busy time here.
        let sharing = try await Self.sharing(of: agreement, in: store)
        async let storedParticipants = given == nil ? store.participants(agreementID: agreement.id) : []
        async let storedBusy = store.busyTime()
        async let storedMeetings = store.meetingsSnapshot(agreementID: agreement.id, sharing: sharing)
        let participants: [Participant]
        if let given {
            participants = given
        } else {
            participants = try await storedParticipants
        }
        let busy = zone.busyIntervals(Self.relevantBusy(try await storedBusy, agreement: agreement, participants: participants))
        let identity = identity
        let request = { @Sendable (previous: [PlannedMeeting], elsewhere: [BookingElsewhere]) in
            PlanRequest(
                agreement: agreement, range: range, stamp: stamp, language: language,
                participants: participants, busy: busy, elsewhere: Self.busyTime(of: elsewhere, in: agreement),
                previous: previous, identity: identity, optimizeFrom: optimizeFrom
            )
        }
        guard record else {
            if let audit { try await store.recordAudit([audit]) }
            let snapshot = try await storedMeetings
            let previous = snapshot.meetings
            let computed = Planner.plan(request(previous, snapshot.elsewhere))
            let plan = PlanVersioning.reconcile(stored: PlanVersioning.storedToReconcile(previous, with: computed), with: computed).plan
            return Outcome(plan: plan, version: nil, participants: participants, prepared: preparing?(plan), optimizeFrom: optimizeFrom)
        }
        let preparation = Preparation()
        let snapshot = try await storedMeetings
        let version = try await store.recordPlan(agreement: agreement, audit: audit, now: now, previous: snapshot, planning: { previous, elsewhere in
            var session = PlanningSession(request(previous, elsewhere))
            session.planAll()
            let plan = session.plan()
            BackgroundRelease.release(session)
            return plan
        }, reconciled: { plan in
            guard let preparing else { return }
            preparation.start { preparing(plan) }
        })
        BackgroundRelease.release(snapshot)
        let prepared = await preparation.result()
        return Outcome(
            plan: version.plan, version: version, participants: participants, prepared: prepared ?? preparing?(version.plan),
            optimizeFrom: optimizeFrom
        )
    }
}

extension PlanningService {
    /// The people and rooms of `agreement` that another stored agreement has too (same id).
    static func sharing(of agreement: Agreement, in store: any SamkalStore) async throws -> SharedResources {
        sharing(of: agreement, among: try await store.agreements())
    }

    /// The busy time an agreement's meetings can meet: its people's, its participants' and
    /// their classes' (`group:<class>`); another municipality's is left out, unread.
    static func relevantBusy(_ busy: [String: [BusyPeriod]], agreement: Agreement, participants: [Participant]) -> [String: [BusyPeriod]] {
        var owners = Set(agreement.people.keys)
        for participant in participants {
            owners.insert(participant.id)
            if let group = participant.classGroup { owners.insert("group:" + group) }
        }
        return busy.filter { owners.contains($0.key) }
    }

    /// Other agreements' bookings as busy time by owner: the person, or `room:<id>` of
    /// the agreement's room with that name.
    static func busyTime(of bookings: [BookingElsewhere], in agreement: Agreement) -> [String: [BusyInterval]] {
        let roomIDs = Dictionary(agreement.rooms.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        var busy: [String: [BusyInterval]] = [:]
        for booking in bookings {
            let interval = BusyInterval(date: booking.date, start: booking.start, end: booking.end)
            for person in booking.personIDs { busy[person, default: []].append(interval) }
            if let name = booking.roomName, let room = roomIDs[name] { busy["room:" + room, default: []].append(interval) }
        }
        return busy
    }
}

/// Output being prepared on another core while the store writes.
private final class Preparation: Sendable {
    private let task = Mutex<Task<String, Never>?>(nil)

    func start(_ work: @escaping @Sendable () -> String) {
        task.withLock { $0 = Task.detached(priority: .userInitiated) { work() } }
    }

    func result() async -> String? {
        guard let running = task.withLock({ $0 }) else { return nil }
        return await running.value
    }
}

/// Why a plan cannot be made from an agreement that was checked.
public enum PlanningError: Error, Sendable, Hashable {
    /// The agreement's time zone is not in this system's zone database.
    case unknownTimeZone(String)
}
