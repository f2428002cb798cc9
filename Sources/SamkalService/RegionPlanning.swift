import SamkalCore
import SamkalStore

extension PlanningService {
    /// One agreement's part of `planRegion`.
    public struct RegionPart: Sendable {
        public let agreement: Agreement
        public let version: PlanVersion
    }

    /// The order a region is planned in: agreements without participants of their own (a
    /// regional agreement's leader meetings, which need several municipalities' leaders)
    /// first, then by id. Each is planned around the meetings of those before it.
    public static func regionOrder(_ agreements: [Agreement], participantCounts: [String: Int]) -> [Agreement] {
        agreements.sorted { left, right in
            let leftRegional = (participantCounts[left.id] ?? 0) == 0
            let rightRegional = (participantCounts[right.id] ?? 0) == 0
            return leftRegional != rightRegional ? leftRegional : left.id < right.id
        }
    }

    /// Plans every agreement of `agreements` (`samkal plan --all`) over `range` and records
    /// them in one transaction: all or nothing, one plan version each. Agreements are planned
    /// one after the other (`regionOrder`), each with the meetings of the others as busy time
    /// for the people and rooms it shares with them — those just planned, and those stored
    /// for the rest — so nobody is booked twice across agreements. `audits` are written with
    /// each agreement's version.
    public func planRegion(
        _ agreements: [Agreement], range: DateSpan, stamp: UTCTimestamp?, language: Language,
        audits: [String: AuditEntry], now: UTCTimestamp, optimize: Bool = false
    ) async throws -> [RegionPart] {
        let store = store
        var everyone = try await AgreementLoader.storedAgreements(in: store)
        for agreement in agreements { everyone[agreement.id] = agreement }
        var participants: [String: [Participant]] = [:]
        for agreement in agreements { participants[agreement.id] = try await store.participants(agreementID: agreement.id) }
        let storedBusy = try await store.busyTime()
        let identity = identity
        var runs: [PlanRun] = []
        let ordered = Self.regionOrder(agreements, participantCounts: participants.mapValues(\.count))
        for agreement in ordered {
            guard let zone = ZonedTime(zoneID: agreement.timeZoneID) else { throw PlanningError.unknownTimeZone(agreement.timeZoneID) }
            let given = participants[agreement.id] ?? []
            let busy = zone.busyIntervals(Self.relevantBusy(storedBusy, agreement: agreement, participants: given))
            let sharing = Self.sharing(of: agreement, among: Array(everyone.values))
            let optimizeFrom = optimize ? zone.date(at: now) : nil
            let planStamp = stamp ?? UTCTimestamp(date: agreement.revised ?? range.first)
            runs.append(PlanRun(agreement: agreement, audit: audits[agreement.id], sharing: sharing) { previous, elsewhere in
                var session = PlanningSession(PlanRequest(
                    agreement: agreement, range: range, stamp: planStamp, language: language, participants: given, busy: busy,
                    elsewhere: Self.busyTime(of: elsewhere, in: agreement), previous: previous, identity: identity,
                    optimizeFrom: optimizeFrom
                ))
                session.planAll()
                let plan = session.plan()
                BackgroundRelease.release(session)
                return plan
            })
        }
        let versions = try await store.recordPlans(runs, now: now)
        return zip(ordered, versions).map { RegionPart(agreement: $0, version: $1) }
    }

    /// The people and rooms of `agreement` that another of `agreements` has too (same id).
    static func sharing(of agreement: Agreement, among agreements: [Agreement]) -> SharedResources {
        var people: Set<String> = []
        var rooms: Set<String> = []
        for other in agreements where other.id != agreement.id {
            for personID in other.people.keys where agreement.people[personID] != nil { people.insert(personID) }
            let otherRooms = Set(other.rooms.map(\.id))
            for room in agreement.rooms where otherRooms.contains(room.id) { rooms.insert(room.name) }
        }
        return SharedResources(personIDs: Array(people), roomNames: Array(rooms))
    }
}
