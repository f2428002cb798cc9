import SamkalCore
import SamkalStore

/// The participants a person may see: those they follow or register for (the refugee
/// service sees all), each look audited.
public struct ParticipantDirectory: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// What a listing shows, and how many it withheld.
    public struct Listing: Sendable {
        public let visible: [Participant]
        public let hidden: Int
    }

    /// Every participant of `agreement` that `person` may see; one audit entry for the
    /// listing (how many were shown, under which rule). Someone outside the agreement is
    /// refused (audited, `AccessRefused`).
    public func list(_ agreement: Agreement, as person: String, now: UTCTimestamp) async throws -> Listing {
        guard agreement.people[person] != nil else {
            let rule = AccessRule.unknownPerson
            try await store.recordAudit([AuditEntry(
                at: now, actorID: person, action: .readParticipants, target: "list", allowed: false, rule: rule,
                agreementID: agreement.id
            )])
            throw AccessRefused(rule: rule)
        }
        let all = try await store.participants(agreementID: agreement.id)
        let policy = AccessPolicy(agreement: agreement, participants: all)
        let decisions = all.map { policy.canView(participantID: $0.id, as: person) }
        let visible = zip(all, decisions).filter { $0.1.allowed }.map(\.0)
        let rule = decisions.first(where: \.allowed)?.rule
        try await store.recordAudit([AuditEntry(
            at: now, actorID: person, action: .readParticipants,
            target: "list: \(visible.count)/\(all.count)", allowed: rule != nil || all.isEmpty, rule: rule ?? .noNeedToKnow,
            agreementID: agreement.id
        )])
        return Listing(visible: visible, hidden: all.count - visible.count)
    }

    /// One participant and their agreement, if `person` may see them (audited either way).
    /// Judged by the rules of the agreement the participant belongs to, never of another:
    /// a municipality's refugee service runs only its own participants' programme. With
    /// `agreementID`, a participant of another agreement is unknown.
    public func show(id: String, agreementID: String?, as person: String, now: UTCTimestamp) async throws -> (Participant, Agreement) {
        let agreement = try await AgreementChoice.owning(participant: id, expected: agreementID, in: store)
        guard let participant = try await store.participant(id: id) else { throw StoreError.unknownParticipant(id) }
        let audit = try await AccessGuard(store: store).admit(
            .readParticipant(id: id), by: person, on: agreement, participants: [participant], now: now
        )
        try await store.recordAudit([audit])
        return (participant, agreement)
    }
}
