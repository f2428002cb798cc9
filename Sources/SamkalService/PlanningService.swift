import SamkalCore
import SamkalStore

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
    }

    /// Plans `agreement` over `range`. With `record`, the agreement, the plan and `audit`
    /// are stored in one transaction at `now`; otherwise nothing is stored (`audit` is
    /// still written: reading the store for a plan is an access too).
    public func plan(
        _ agreement: Agreement, range: DateSpan, stamp: UTCTimestamp, language: Language,
        participants given: [Participant]? = nil, record: Bool, audit: AuditEntry?, now: UTCTimestamp
    ) async throws -> Outcome {
        let participants: [Participant]
        if let given {
            participants = given
        } else {
            participants = try await store.participants(agreementID: agreement.id)
        }
        guard let zone = ZonedTime(zoneID: agreement.timeZoneID) else { throw PlanningError.unknownTimeZone(agreement.timeZoneID) }
        let busy = zone.busyIntervals(try await store.busyTime())
        let identity = identity
        let request = { @Sendable (previous: [PlannedMeeting]) in
            PlanRequest(
                agreement: agreement, range: range, stamp: stamp, language: language,
                participants: participants, busy: busy, previous: previous, identity: identity
            )
        }
        guard record else {
            if let audit { try await store.recordAudit([audit]) }
            let previous = try await store.meetings(agreementID: agreement.id)
            let computed = Planner.plan(request(previous))
            return Outcome(
                plan: PlanVersioning.reconcile(stored: PlanVersioning.storedToReconcile(previous, with: computed), with: computed).plan,
                version: nil, participants: participants
            )
        }
        let version = try await store.recordPlan(agreement: agreement, audit: audit, now: now) { previous in
            Planner.plan(request(previous))
        }
        return Outcome(plan: version.plan, version: version, participants: participants)
    }
}

/// Why a plan cannot be made from an agreement that was checked.
public enum PlanningError: Error, Sendable, Hashable {
    /// The agreement's time zone is not in this system's zone database.
    case unknownTimeZone(String)
}
