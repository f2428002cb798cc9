import SamkalCore
import SamkalStore

extension PlanningService {
    /// What planning a region gave: each planned agreement's version, and the stored
    /// agreements left as they were because the asker does not convene in them.
    public struct RegionOutcome: Sendable {
        public let parts: [RegionPart]
        public let held: [String]
    }

    /// `samkal plan --all` as `person` asks: every stored agreement and those `given` (read
    /// from files, stored with their plans). A given agreement must be the asker's to plan
    /// (else `AccessRefused`, audited); a stored one the asker does not convene in stays
    /// as it is, its meetings busy time for the others. With nothing the asker may plan,
    /// refused as planning the first would be. `stamp` is also when the versions are
    /// recorded as made.
    public func planRegion(
        given: [Agreement], range: DateSpan, stamp: UTCTimestamp?, language: Language, optimize: Bool, as person: String,
        now: UTCTimestamp
    ) async throws -> RegionOutcome {
        let givenIDs = Set(given.map(\.id))
        let candidates = given + (try await store.agreements().filter { !givenIDs.contains($0.id) })
        guard let first = candidates.first else { throw StoreError.noAgreement }
        let guardian = AccessGuard(store: store)
        var audits: [String: AuditEntry] = [:]
        var planned: [Agreement] = []
        var held: [String] = []
        for agreement in candidates {
            // Convening depends on the person's party alone, not on the participants.
            let decision = GuardedOperation.convene(.plan).decision(AccessPolicy(agreement: agreement, participants: [Participant]()), for: person)
            if decision.allowed || givenIDs.contains(agreement.id) {
                audits[agreement.id] = try await guardian.admit(.convene(.plan), by: person, on: agreement, now: now)
                planned.append(agreement)
            } else {
                held.append(agreement.id)
            }
        }
        guard !planned.isEmpty else {
            _ = try await guardian.admit(.convene(.plan), by: person, on: first, now: now)
            return RegionOutcome(parts: [], held: held)
        }
        let parts = try await planRegion(planned, range: range, stamp: stamp, language: language, audits: audits, now: stamp ?? now, optimize: optimize)
        return RegionOutcome(parts: parts, held: held)
    }
}
