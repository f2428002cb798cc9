import Foundation
import SamkalCore
import SamkalStore
import Testing

/// The implementations of the store contract. Every test of this target that takes one
/// runs on each: the shared conformance suite a new backend must pass.
///
/// PostgreSQL is among them when `SAMKAL_TEST_POSTGRES_URL` names a server
/// (`bash Tests/Support/with-postgres swift test` starts a throwaway one); without it those
/// cases are left out with a printed reason — except under `CI=true`, where they run and
/// fail, so CI never skips them.
enum StoreImplementation: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, memory, postgres

    static let allCases: [StoreImplementation] = PostgresTestServer.isRequired || PostgresTestServer.url != nil
        ? [.sqlite, .memory, .postgres]
        : PostgresTestServer.skipping([.sqlite, .memory])

    var testDescription: String { rawValue }

    func make(in directory: URL) throws -> any SamkalStore {
        switch self {
        case .sqlite: try StoreLocation.dataDirectory(directory.path).open()
        case .memory: MemoryStore()
        case .postgres: try PostgresTestServer.freshStore()
        }
    }
}

/// A fresh store (SQLite in a temporary directory, or in memory) with the example
/// agreement, its 2027 plan and a few participants.
struct StoreFixture {
    let store: any SamkalStore
    let agreement: Agreement
    let plan: Plan
    let directory: URL

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A time after every meeting of the 2027 plan (28 December 2027), so that attendance
    /// may be recorded for any of them.
    static func at(_ seconds: Int) -> UTCTimestamp {
        UTCTimestamp(secondsSince1970: 1_830_000_000 + seconds)
    }

    static func make(_ implementation: StoreImplementation = .sqlite) async throws -> StoreFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkal-store-\(UUID().uuidString)")
        let store = try implementation.make(in: directory)
        let path = repositoryRoot.appendingPathComponent("calendars/afjord-nav-nord-fosen.yaml").path
        let agreement = try AgreementParser.parse(yaml: String(contentsOfFile: path, encoding: .utf8), file: path).resolved(calendarPeriods: [])
        let computed = Planner.plan(PlanRequest(
            agreement: agreement,
            range: DateSpan(first: LocalDate(iso: "2027-01-01")!, last: LocalDate(iso: "2027-12-31")!)!,
            stamp: UTCTimestamp(date: LocalDate(iso: "2026-11-01")!), identity: .testing
        ))
        let version = try await store.recordPlan(computed, agreement: agreement, now: at(1))
        let csv = try String(contentsOfFile: repositoryRoot.appendingPathComponent("calendars/afjord-deltakere.csv").path, encoding: .utf8)
        let participants = try ParticipantCSV.parse(csv, file: "deltakere.csv", knownPeople: Set(agreement.people.keys))
        _ = try await store.importParticipants(participants, agreement: agreement, now: at(2))
        return StoreFixture(store: store, agreement: agreement, plan: version.plan, directory: directory)
    }

    func meeting(_ kind: MeetingKind, _ period: String) -> PlannedMeeting {
        plan.meetings.first { $0.kind == kind && $0.period == period }!
    }
}
