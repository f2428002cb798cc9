import PostgresNIO
import SamkalCore

extension PostgresStore {
    public func replaceBusy(_ imports: [(owner: String, source: String, periods: [BusyPeriod])], audit: AuditEntry?) async throws {
        let batch = imports.map { BusyImport(owner: $0.owner, source: $0.source, periods: $0.periods) }
        try await write { session, _ in
            if let audit { try Self.audit(session, audit) }
            for item in batch {
                try session.run("DELETE FROM busy WHERE owner = \(item.owner) AND source = \(item.source)")
            }
            // Millions of periods from thousands of timetables: written as arrays, 50,000 a statement.
            var owners: [String] = [], sources: [String] = [], starts: [Int] = [], ends: [Int] = []
            func flush() throws {
                guard !owners.isEmpty else { return }
                try session.run("INSERT INTO busy (owner, source, start, \"end\") SELECT * FROM unnest(\(owners), \(sources), \(starts), \(ends))")
                owners.removeAll(keepingCapacity: true)
                sources.removeAll(keepingCapacity: true)
                starts.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
            }
            for item in batch {
                for period in item.periods {
                    owners.append(item.owner)
                    sources.append(item.source)
                    starts.append(period.start)
                    ends.append(period.end)
                    if owners.count == 50_000 { try flush() }
                }
            }
            try flush()
        }
    }

    public func busyTime() async throws -> [String: [BusyPeriod]] {
        try await session { session in
            var result: [String: [BusyPeriod]] = [:]
            for row in try session.rows("SELECT owner, start, \"end\" FROM busy ORDER BY owner, start, \"end\"") {
                let (owner, start, end) = try row.decode((String, Int, Int).self)
                result[owner, default: []].append(BusyPeriod(start: start, end: end))
            }
            return result
        }
    }
}
