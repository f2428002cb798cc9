import SamkalCore
import SamkalStore

/// `samkal plan diff` and `GET /plan/changes`: what the latest plan version of an agreement
/// changed, for the refugee service (it convenes); the reading is audited.
public struct PlanChangeListing: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// The latest version: its number, when it was made, the days it planned and its changes.
    public struct Version: Sendable, Hashable {
        public let number: Int64
        public let createdAt: UTCTimestamp
        public let range: DateSpan
        public let changes: [Change]

        /// A version just stored, its changes described in `language`.
        public init(_ version: PlanVersion, language: Language) {
            self.init(
                number: version.number, createdAt: version.createdAt, range: version.plan.range,
                changes: version.changes.map { Change($0, language: language) }
            )
        }

        public init(number: Int64, createdAt: UTCTimestamp, range: DateSpan, changes: [Change]) {
            self.number = number
            self.createdAt = createdAt
            self.range = range
            self.changes = changes
        }
    }

    /// One meeting's change as it stands after the version, described in the asker's language.
    public struct Change: Sendable, Hashable {
        public let uid: String
        public let kind: MeetingChange.Kind
        public let sequence: Int
        public let status: MeetingStatus
        public let date: LocalDate
        public let start: LocalTime
        public let description: String

        /// `change` as the meeting stands after it, described in `language`.
        public init(_ change: MeetingChange, language: Language) {
            self.init(
                uid: change.uid, kind: change.kind, sequence: change.after.sequence, status: change.after.status,
                date: change.after.date, start: change.after.start, description: change.describe(in: language)
            )
        }

        public init(uid: String, kind: MeetingChange.Kind, sequence: Int, status: MeetingStatus, date: LocalDate, start: LocalTime, description: String) {
            self.uid = uid
            self.kind = kind
            self.sequence = sequence
            self.status = status
            self.date = date
            self.start = start
            self.description = description
        }
    }

    /// The latest version of `agreementID` (or the only agreement), nil before any.
    /// Refused: `AccessRefused`, audited.
    public func latest(agreementID: String?, as person: String, now: UTCTimestamp, language: Language) async throws -> (agreement: Agreement, version: Version?) {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        let audit = try await AccessGuard(store: store).admit(.convene(.readPlan), by: person, on: agreement, now: now)
        try await store.recordAudit([audit])
        guard let version = try await store.latestPlanVersion(agreementID: agreement.id) else { return (agreement, nil) }
        return (agreement, Version(
            number: version.number, createdAt: version.createdAt, range: version.range,
            changes: version.changes.map { Change($0, language: language) }
        ))
    }
}
