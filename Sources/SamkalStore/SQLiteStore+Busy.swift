import GRDB
import SamkalCore

extension SQLiteStore {
    public func replaceBusy(_ imports: [(owner: String, source: String, periods: [BusyPeriod])], audit: AuditEntry?) async throws {
        let batch = imports.map { BusyImport(owner: $0.owner, source: $0.source, periods: $0.periods) }
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            let statement = try db.makeStatement(sql: "INSERT INTO busy (owner, source, start, \"end\") VALUES (?, ?, ?, ?)")
            for item in batch {
                try db.execute(sql: "DELETE FROM busy WHERE owner = ? AND source = ?", arguments: [item.owner, item.source])
                for period in item.periods {
                    try statement.execute(arguments: [item.owner, item.source, period.start, period.end])
                }
            }
        }
    }

    public func busyTime() async throws -> [String: [BusyPeriod]] {
        try await writer.read { db in
            var result: [String: [BusyPeriod]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT owner, start, \"end\" FROM busy ORDER BY owner, start, \"end\"")
            while let row = try rows.next() {
                result[row["owner"], default: []].append(BusyPeriod(start: row["start"], end: row["end"]))
            }
            return result
        }
    }
}

/// One owner's busy time from one file, as the store writes it.
struct BusyImport: Sendable {
    let owner: String
    let source: String
    let periods: [BusyPeriod]
}
