import Foundation
import SamkalCore
import SamkalService
import SamkalStore
import Testing

/// Several agreements in one store: the example region (Åfjord and Osen with NAV
/// Nord-Fosen, and their regional leader meeting), planned separately and together, on
/// every store implementation. Nobody shared is ever booked twice, and planning one
/// agreement leaves the others' meetings as they are.
struct RegionPlanningTests {
    static let calendars = StoreFixture.repositoryRoot.appendingPathComponent("calendars")
    static let range = DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!
    static let stamp = UTCTimestamp(date: LocalDate(iso: "2026-11-01")!)

    /// The three example agreements (Åfjord, Osen, the region) and their participants.
    static func example() throws -> [(Agreement, [Participant])] {
        var known: [String: Agreement] = [:]
        var result: [(Agreement, [Participant])] = []
        for (file, csv) in [("afjord-nav-nord-fosen.yaml", "afjord-deltakere.csv"), ("osen-nav-nord-fosen.yaml", "osen-deltakere.csv"), ("nord-fosen-region.yaml", nil)] {
            let agreement = try AgreementLoader.load(path: calendars.appendingPathComponent(file).path, known: known)
            known[agreement.id] = agreement
            let participants = try csv.map {
                try ParticipantCSV.parse(
                    String(contentsOf: calendars.appendingPathComponent($0), encoding: .utf8), file: $0, knownPeople: Set(agreement.people.keys)
                )
            } ?? []
            result.append((agreement, participants))
        }
        return result
    }

    static func store(_ implementation: StoreImplementation) throws -> any SamkalStore {
        try implementation.make(in: FileManager.default.temporaryDirectory.appendingPathComponent("samkal-region-\(UUID().uuidString)"))
    }

    /// A new store with the example's agreements and participants, nothing planned yet.
    static func seeded(_ implementation: StoreImplementation) async throws -> (any SamkalStore, PlanningService, [(Agreement, [Participant])]) {
        let store = try store(implementation)
        let example = try example()
        for (agreement, participants) in example {
            _ = try await store.importParticipants(participants, agreement: agreement, now: StoreFixture.at(1))
        }
        return (store, PlanningService(store: store, identity: .testing), example)
    }

    /// Every pair of meetings (not cancelled) that book one person or one room at once, over all agreements.
    static func doubleBookings(in store: any SamkalStore) async throws -> [String] {
        var byOwner: [String: [(day: Int, start: Int, end: Int, uid: String)]] = [:]
        for id in try await store.agreementIDs() {
            let agreement = try #require(try await store.agreement(id: id))
            let rooms = Set(agreement.rooms.map(\.name))
            for meeting in try await store.meetings(agreementID: id) where meeting.status != .cancelled {
                var owners = meeting.attendees.map(\.id)
                if rooms.contains(meeting.location) { owners.append("room:" + meeting.location) }
                for owner in Set(owners) {
                    byOwner[owner, default: []].append((meeting.date.dayNumber, meeting.start.minutes, meeting.end.minutes, meeting.uid))
                }
            }
        }
        var found: [String] = []
        for (owner, bookings) in byOwner {
            let sorted = bookings.sorted { ($0.day, $0.start) < ($1.day, $1.start) }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.day == later.day && later.start < earlier.end {
                found.append("\(owner): \(earlier.uid) and \(later.uid)")
            }
        }
        return found.sorted()
    }

    @Test(arguments: StoreImplementation.allCases)
    func agreementsPlannedOneAfterAnotherBookNobodyTwiceAndLeaveTheOthersAsTheyAre(_ implementation: StoreImplementation) async throws {
        let (store, service, example) = try await Self.seeded(implementation)
        var before: [String: [PlannedMeeting]] = [:]
        for (index, (agreement, _)) in example.enumerated() {
            _ = try await service.plan(agreement, range: Self.range, stamp: Self.stamp, language: .nb, record: true, audit: nil, now: StoreFixture.at(10 + index))
            for (earlier, _) in example.prefix(index) {
                // What was planned before stays exactly as it was.
                #expect(try await store.meetings(agreementID: earlier.id) == before[earlier.id], "\(agreement.id) moved \(earlier.id)")
            }
            before[agreement.id] = try await store.meetings(agreementID: agreement.id)
        }
        #expect(try await Self.doubleBookings(in: store) == [])
        // The NAV advisor both municipalities share has meetings in both.
        let jonas = try await store.agreementIDs().asyncMap { try await store.meetings(agreementID: $0) }.flatMap { $0 }
            .filter { $0.attendees.contains { $0.id == "jonas-odegard" } }
        #expect(Set(jonas.map { $0.uid.split(separator: "@").last.map(String.init) ?? "" }) == ["afjord.example.no", "osen.example.no"])
        // Planning again, one by one, changes nothing.
        for (index, (agreement, _)) in example.enumerated() {
            let again = try await service.plan(agreement, range: Self.range, stamp: Self.stamp, language: .nb, record: true, audit: nil, now: StoreFixture.at(20 + index))
            #expect(again.version?.changes == [], "\(agreement.id)")
        }
    }

    @Test(arguments: StoreImplementation.allCases)
    func aRegionPlannedTogetherBooksNobodyTwiceInOneTransaction(_ implementation: StoreImplementation) async throws {
        let (store, service, example) = try await Self.seeded(implementation)
        let parts = try await service.planRegion(example.map(\.0), range: Self.range, stamp: Self.stamp, language: .nb, audits: [:], now: StoreFixture.at(2))
        // The regional agreement (no participants of its own) first, then by id.
        #expect(parts.map(\.agreement.id) == ["nord-fosen-region", "afjord-nav-nord-fosen", "osen-nav-nord-fosen"])
        #expect(parts.allSatisfy { !$0.version.plan.meetings.isEmpty })
        #expect(try await Self.doubleBookings(in: store) == [])
        let again = try await service.planRegion(example.map(\.0), range: Self.range, stamp: Self.stamp, language: .nb, audits: [:], now: StoreFixture.at(3))
        #expect(again.map(\.version.changes) == [[], [], []])
        // Planning one of them alone afterwards changes nothing either.
        let osen = try #require(example.first { $0.0.id == "osen-nav-nord-fosen" }?.0)
        let alone = try await service.plan(osen, range: Self.range, stamp: Self.stamp, language: .nb, record: true, audit: nil, now: StoreFixture.at(4))
        #expect(alone.version?.changes == [])
    }

    /// The whole region or none of it: a failing agreement leaves every other unplanned too.
    @Test(arguments: StoreImplementation.allCases)
    func aRegionIsRecordedWholeOrNotAtAll(_ implementation: StoreImplementation) async throws {
        let store = try Self.store(implementation)
        let example = try Self.example()
        struct Failure: Error {}
        let runs = example.enumerated().map { index, pair in
            PlanRun(agreement: pair.0, audit: nil, sharing: .none) { _, _ in
                if index == 2 { throw Failure() }
                return Planner.plan(PlanRequest(agreement: pair.0, range: Self.range, stamp: Self.stamp, identity: .testing))
            }
        }
        await #expect(throws: Failure.self) { _ = try await store.recordPlans(runs, now: StoreFixture.at(1)) }
        #expect(try await store.agreementIDs() == [])
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
