import Foundation
import SamkalStore

/// The PostgreSQL server the tests use: `SAMKAL_TEST_POSTGRES_URL`, set by
/// `Tests/Support/with-postgres`. Each store gets a schema of its own, so tests running at
/// once never see each other's rows.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["SAMKAL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// The authority of the test cluster's TLS certificate (`with-postgres` makes one).
    static let authority = ProcessInfo.processInfo.environment["SAMKAL_TEST_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }

    /// The password in the URL.
    static var password: String? {
        url.flatMap { URLComponents(string: $0)?.password }
    }

    /// Runs one statement with psql in the store's schema (what a newer samkal might have done).
    static func execute(_ sql: String, on store: DatabaseURL) async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "psql", "-q", "-v", "ON_ERROR_STOP=1", "postgres://\(store.user)@\(store.host):\(store.port)/\(store.database)?sslmode=disable",
            "-c", "SET search_path TO \(store.schema ?? "public"); \(sql)",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": password ?? ""]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Missing.server }
    }

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
