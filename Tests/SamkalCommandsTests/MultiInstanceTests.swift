import Foundation
import Testing

/// Several `samkal serve` instances and `samkal invite` senders on one PostgreSQL store
/// (`Tests/Support/multi_instance.py` drives the processes; this judges what it saw).
/// Run when `SAMKAL_TEST_POSTGRES_URL` names a server (`Tests/Support/with-postgres`), and
/// always under `CI=true`, where a missing server fails them.
@Suite(.enabled(if: PostgresTestDatabase.isAvailable, PostgresTestDatabase.skipReason), .serialized)
struct MultiInstanceTests {
    typealias CLI = CommandLineTests

    func scenario(_ name: String) async throws -> [String: Any] {
        let url = try PostgresTestDatabase.freshURL()
        let binary = try CLI.binary().path
        let (status, output) = try await CLI.offThePool {
            try CLI.python("Tests/Support/multi_instance.py", [name, binary, CLI.repositoryRoot.path, url])
        }
        try #require(status == 0, "multi_instance.py \(name) exited with \(status): \(output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
    }

    @Test func twoInstancesServeOneTruth() async throws {
        let seen = try await scenario("one-truth")
        #expect(seen["made_on_a_served_by_b"] as? Int == 200, "\(seen)")
        #expect(seen["same_feed_on_both"] as? Bool == true, "\(seen)")
        let replan = seen["replan"] as? [String: [String: Any]] ?? [:]
        let before = seen["events_before"] as? Int ?? 0
        for instance in ["a", "b"] {
            #expect((replan[instance]?["events"] as? Int ?? 0) > before, "the re-plan reached \(instance): \(seen)")
            #expect((replan[instance]?["waited"] as? Double ?? 9) < 3, "\(seen)")
        }
        #expect(seen["reply_through_a"] as? Int == 200, "\(seen)")
        let replies = seen["replies_on_b"] as? [[String: Any]] ?? []
        #expect(replies.contains { $0["attendee"] as? String == "per-hakon-lian" && $0["answer"] as? String == "ACCEPTED" }, "\(seen)")
        #expect(seen["revoked_on_a"] as? Int == 204, "\(seen)")
        #expect(seen["next_request_on_b"] as? Int == 404, "\(seen)")
        #expect(seen["next_request_on_a"] as? Int == 404, "\(seen)")
    }

    @Test func killingOneInstanceUnderLoadLosesNothingAndTheOtherAnswersEveryRequest() async throws {
        let seen = try await scenario("kill")
        #expect(seen["b_failed"] as? Int == 0, "\(seen)")
        #expect((seen["b_ok"] as? Int ?? 0) > 100, "\(seen)")
        #expect((seen["a_ok"] as? Int ?? 0) > 0, "\(seen)")
        #expect(seen["a_failed_before_kill"] as? Int == 0, "\(seen)")
        #expect((seen["a_failed_after_kill"] as? Int ?? 0) > 0, "the load reached A after it was killed: \(seen)")
        #expect((seen["acknowledged"] as? Int ?? 0) > 10, "\(seen)")
        #expect((seen["lost"] as? [Any])?.isEmpty == true, "\(seen)")
        #expect(seen["b_healthy"] as? Int == 200, "\(seen)")
    }

    /// The database away: `/healthz` says 503 within a few seconds (a load balancer stops
    /// sending requests here), and 200 again by itself once it is back.
    @Test func anInstanceWithoutItsDatabaseSays503AndRecoversByItself() async throws {
        let seen = try await scenario("health")
        #expect(seen["before"] as? Int == 200, "\(seen)")
        #expect((seen["unhealthy_after"] as? Double ?? 99) < 15, "\(seen)")
        #expect((seen["healthy_again_after"] as? Double ?? 99) < 25, "\(seen)")
    }

    /// The example region is the embedded default's: instances started together on an
    /// empty database leave it empty (one installation's, not a demonstration) and say how
    /// to fill it.
    @Test func instancesOnAnEmptyDatabaseLeaveItEmptyAndSayHowToFillIt() async throws {
        let seen = try await scenario("empty")
        let printed = seen["printed"] as? [String] ?? []
        let notes = seen["notes"] as? [String] ?? []
        #expect(printed.count == 2 && printed.allSatisfy { !$0.contains("/feeds/") }, "\(seen)")
        #expect(notes.count == 2, "\(seen)")
        for note in notes {
            #expect(note.contains("the database holds no agreement yet; read one in with samkal plan AGREEMENT.yaml"), "\(note)")
        }
        // Nothing stored: not the example's agreements, nor their links.
        let feeds = seen["feeds"] as? [String: Any] ?? [:]
        #expect(feeds["status"] as? Int == 1 && (feeds["stderr"] as? String ?? "").contains("no agreement is stored"), "\(seen)")
    }

    @Test func twoSendersDeliverOneOutboxEveryMessageExactlyOnce() async throws {
        let seen = try await scenario("senders")
        #expect(seen["statuses"] as? [Int] == [0, 0], "\(seen)")
        let queued = seen["queued"] as? Int ?? 0
        #expect(queued > 10, "\(seen)")
        #expect(seen["sent"] as? Int == queued, "\(seen)")
        #expect(seen["arrived"] as? Int == queued, "\(seen)")
        #expect(seen["distinct"] as? Int == queued, "\(seen)")
        #expect((seen["twice"] as? [Any])?.isEmpty == true, "\(seen)")
    }
}

/// The PostgreSQL server of the tests (`SAMKAL_TEST_POSTGRES_URL`), a schema of its own per use.
enum PostgresTestDatabase {
    static let url = ProcessInfo.processInfo.environment["SAMKAL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"
    static var isAvailable: Bool { url != nil || isRequired }
    static let skipReason: Comment =
        "SAMKAL_TEST_POSTGRES_URL is not set (bash Tests/Support/with-postgres swift test runs these against a throwaway server)"

    struct Missing: Error, CustomStringConvertible {
        var description: String { "CI=true and SAMKAL_TEST_POSTGRES_URL is not set: run the tests through Tests/Support/with-postgres" }
    }

    static func freshURL() throws -> String {
        guard let url else { throw Missing() }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
    }
}
