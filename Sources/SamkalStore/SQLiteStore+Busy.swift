import GRDB
import SamkalCore

extension SQLiteStore {
    public func replaceBusy(_ imports: [(owner: String, source: String, periods: [BusyPeriod])], audit: AuditEntry?) async throws {
        let batch = imports.map { BusyImport(owner: $0.owner, source: $0.source, periods: $0.periods) }
        try await writer.write { db in
            if let audit { try Self.audit(db, audit) }
            for item in batch {
                try db.execute(sql: "DELETE FROM busy WHERE owner = ? AND source = ?", arguments: [item.owner, item.source])
            }
            // Thousands of timetables of a year give millions of periods: written in batches.
            let rows = BatchInsert(db, into: "busy", columns: ["owner", "source", "start", "\"end\""])
            for item in batch {
                for period in item.periods {
                    rows.append(item.owner)
                    rows.append(item.source)
                    rows.append(period.start)
                    rows.append(period.end)
                    try rows.endRow()
                }
            }
            try rows.finish()
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
