import Foundation
import SamkalStore

/// The PostgreSQL server the tests use: `SAMKAL_TEST_POSTGRES_URL`, set by
/// `Tests/Support/with-postgres`. Each store gets a schema of its own, so tests running at
/// once never see each other's rows.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["SAMKAL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// CI must run the PostgreSQL cases: there a missing server is a failure, not a skip.
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"

    enum Missing: Error, CustomStringConvertible {
        case server
        var description: String {
            "CI=true and SAMKAL_TEST_POSTGRES_URL is not set: run the tests through Tests/Support/with-postgres (as .ci/run does)"
        }
    }

    /// `cases`, having said once why PostgreSQL is not among them.
    static func skipping<T>(_ cases: [T]) -> [T] {
        FileHandle.standardError.write(Data("""
            note: the PostgreSQL store cases are skipped: SAMKAL_TEST_POSTGRES_URL is not set \
            (bash Tests/Support/with-postgres swift test runs them against a throwaway server)

            """.utf8))
        return cases
    }

    /// A new, empty store in a schema of its own.
    static func freshStore(maximumConnections: Int = 4) throws -> PostgresStore {
        try PostgresStore(url: freshURL(), maximumConnections: maximumConnections)
    }

    static func freshURL() throws -> DatabaseURL {
        guard let url else { throw Missing.server }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return try DatabaseURL(url + (url.contains("?") ? "&" : "?") + "schema=\(schema)")
    }
}
