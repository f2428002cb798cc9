import Crypto
import Foundation
import GRDB
import PostgresNIO
import SamkalCore

/// `samkal migrate`: a SQLite store copied into an empty PostgreSQL one, table by table,
/// in one transaction — every plan version and its changes, meetings and attendees,
/// minutes and their revisions, attendance, action items, the audit log, busy time,
/// subscription links, the outbox, replies, access tokens and the installation's secret.
///
/// Before it commits, each table is read back and compared with what was read from
/// SQLite, row by row (a SHA-256 of every row, the rows' digests combined in order of
/// digest): a count or a checksum that differs rolls everything back.
public enum StoreCopy {
    /// The tables, in an order their references allow (meetings before their attendees).
    static let tables = [
        "agreement", "person", "participant", "planVersion", "planVersionMeeting", "meeting", "meetingAttendee", "personSnapshot",
        "planChange", "minutes", "attendance", "actionItem", "audit", "busy", "feed", "outbox", "reply", "accessToken", "endedSignIn",
    ]

    /// What was copied: each table's rows and checksum, as found in both stores.
    public struct Report: Sendable, Hashable {
        public struct Table: Sendable, Hashable {
            public let name: String
            public let rows: Int
            /// Hex SHA-256 over the table's rows (the same in both stores).
            public let checksum: String
        }

        public let tables: [Table]
        /// Whether the installation's secret came along (so every UID stays as it was).
        public let copiedIdentity: Bool
    }

    public enum Problem: Error, Sendable, Hashable {
        /// The database already holds a store: a copy goes only into an empty one.
        case targetNotEmpty(table: String)
        /// A value SQLite holds that the column in PostgreSQL cannot take.
        case unconvertible(table: String, column: String)
        /// Read back, a table differs from what was written.
        case mismatch(table: String, expectedRows: Int, foundRows: Int)

        public func message(in language: Language) -> String {
            switch self {
            case .targetNotEmpty(let table):
                language.pick(
                    nb: "databasen har allerede et samkal-lager (tabellen \(table) er ikke tom): flytt bare til en tom database; ingenting ble kopiert",
                    nn: "databasen har alt eit samkal-lager (tabellen \(table) er ikkje tom): flytt berre til ein tom database; ingenting vart kopiert",
                    en: "the database already holds a samkal store (table \(table) is not empty): migrate only into an empty one; nothing was copied"
                )
            case .unconvertible(let table, let column):
                language.pick(
                    nb: "en verdi i \(table).\(column) i SQLite-lageret passer ikke i PostgreSQL: ingenting ble kopiert; meld fra om dette",
                    nn: "ein verdi i \(table).\(column) i SQLite-lageret passar ikkje i PostgreSQL: ingenting vart kopiert; meld frå om dette",
                    en: "a value in \(table).\(column) of the SQLite store does not fit PostgreSQL: nothing was copied; please report this"
                )
            case .mismatch(let table, let expected, let found):
                language.pick(
                    nb: "kontrollen av \(table) slo feil (\(expected) rader lest, \(found) funnet eller en annen sjekksum): ingenting ble kopiert",
                    nn: "kontrollen av \(table) slo feil (\(expected) rader lesne, \(found) funne eller ein annan sjekksum): ingenting vart kopiert",
                    en: "the check of \(table) failed (\(expected) rows read, \(found) found, or another checksum): nothing was copied"
                )
            }
        }
    }

    /// One value as both stores are compared on.
    enum Value: Hashable {
        case null
        case integer(Int64)
        case text(String)
        case bytes([UInt8])

        /// Its bytes in a row's digest: a tag, the length, the content.
        func digest(into hasher: inout SHA256) {
            switch self {
            case .null: hasher.update(data: [0])
            case .integer(let value): hasher.update(data: [1] + withUnsafeBytes(of: value.bigEndian, Array.init))
            case .text(let text): Self.update(&hasher, tag: 2, Array(text.utf8))
            case .bytes(let bytes): Self.update(&hasher, tag: 3, bytes)
            }
        }

        private static func update(_ hasher: inout SHA256, tag: UInt8, _ bytes: [UInt8]) {
            hasher.update(data: [tag] + withUnsafeBytes(of: UInt64(bytes.count).bigEndian, Array.init))
            hasher.update(data: bytes)
        }
    }

    /// A column's type in PostgreSQL, which decides how SQLite's value is taken.
    enum ColumnType: Sendable {
        case text, integer, boolean, bytes
    }

    struct Column: Sendable {
        let name: String
        let type: ColumnType
        let isIdentity: Bool
    }

    /// The checksum of rows: each row's SHA-256, sorted, then hashed together.
    static func checksum(_ rows: [[Value]]) -> String {
        var digests = rows.map { row -> [UInt8] in
            var hasher = SHA256()
            for value in row { value.digest(into: &hasher) }
            return Array(hasher.finalize())
        }
        digests.sort { $0.lexicographicallyPrecedes($1) }
        var total = SHA256()
        for digest in digests { total.update(data: digest) }
        return total.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// SQLite's value as the PostgreSQL column takes it.
    static func convert(_ value: DatabaseValue, to type: ColumnType, table: String, column: String) throws(Problem) -> Value {
        switch (value.storage, type) {
        case (.null, _): return .null
        case (.string(let text), .text): return .text(text)
        case (.int64(let number), .text): return .text(String(number))
        case (.int64(let number), .integer), (.int64(let number), .boolean): return .integer(type == .boolean ? (number != 0 ? 1 : 0) : number)
        case (.string(let text), .integer):
            guard let number = Int64(text) else { throw .unconvertible(table: table, column: column) }
            return .integer(number)
        case (.blob(let data), .bytes): return .bytes(Array(data))
        case (.string(let text), .bytes): return .bytes(Array(text.utf8))
        default: throw .unconvertible(table: table, column: column)
        }
    }
}

extension PostgresStore {
    /// Copies the SQLite store in `directory` into this (empty) store, checked table by
    /// table before it commits; nothing is copied when anything fails.
    public func copy(fromSQLiteStoreIn directory: String) async throws -> StoreCopy.Report {
        let source = try SQLiteStore(directory: directory)
        // The secret as it is (never made here: a store without one has no UIDs from it yet).
        let key = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(DataDirectory.secretFileName)).map(Array.init)
        if let key, MeetingIdentity(key: key) == nil { throw DataDirectoryError.unreadableSecret(DataDirectory.secretFileName) }
        let columns = try await session { session in try Self.columns(session) }
        // One read transaction of SQLite: the copy is of one moment.
        let read: [(table: String, rows: [[StoreCopy.Value]])] = try await source.writer.read { db in
            try StoreCopy.tables.map { table in
                let wanted = columns[table.lowercased()] ?? []
                guard !wanted.isEmpty else { return (table, []) }
                let present = Set(try db.columns(in: table).map { $0.name.lowercased() })
                let selected = wanted.map { present.contains($0.name) ? "\"\($0.name)\"" : "NULL" }.joined(separator: ", ")
                var rows: [[StoreCopy.Value]] = []
                let cursor = try Row.fetchCursor(db, sql: "SELECT \(selected) FROM \(table)")
                while let row = try cursor.next() {
                    rows.append(try wanted.enumerated().map { index, column in
                        try StoreCopy.convert(row[index] as DatabaseValue, to: column.type, table: table, column: column.name)
                    })
                }
                return (table, rows)
            }
        }
        return try await write { session, _ in
            for table in StoreCopy.tables where try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM \(unescaped: table))") == true {
                throw StoreCopy.Problem.targetNotEmpty(table: table)
            }
            var report: [StoreCopy.Report.Table] = []
            for (table, rows) in read {
                let tableColumns = columns[table.lowercased()] ?? []
                try Self.insert(session, rows, into: table, columns: tableColumns)
                for column in tableColumns where column.isIdentity {
                    try session.run("""
                        SELECT setval(pg_get_serial_sequence(\(table.lowercased()), \(column.name)), MAX(\(unescaped: column.name)))
                        FROM \(unescaped: table) HAVING MAX(\(unescaped: column.name)) IS NOT NULL
                        """)
                }
                let written = try Self.readBack(session, table: table, columns: tableColumns)
                let expected = StoreCopy.checksum(rows)
                guard written.count == rows.count, StoreCopy.checksum(written) == expected else {
                    throw StoreCopy.Problem.mismatch(table: table, expectedRows: rows.count, foundRows: written.count)
                }
                report.append(.init(name: table, rows: rows.count, checksum: expected))
            }
            if let key {
                try session.run("DELETE FROM installation")
                try session.run("INSERT INTO installation (id, identifierKey) VALUES (1, \(ByteBuffer(bytes: key)))")
            }
            return StoreCopy.Report(tables: report, copiedIdentity: key != nil)
        }
    }

    /// Each table's columns in this store's schema, in their order.
    private static func columns(_ session: PostgresSession) throws -> [String: [StoreCopy.Column]] {
        var found: [String: [StoreCopy.Column]] = [:]
        for row in try session.rows("""
            SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """) {
            let (table, column, type, identity) = try row.decode((String, String, String, String).self)
            let kind: StoreCopy.ColumnType = switch type {
            case "bigint", "integer", "smallint": .integer
            case "boolean": .boolean
            case "bytea": .bytes
            default: .text
            }
            found[table, default: []].append(StoreCopy.Column(name: column, type: kind, isIdentity: identity == "YES"))
        }
        return found
    }

    /// Rows in batches of as many as 60,000 bound values a statement.
    private static func insert(_ session: PostgresSession, _ rows: [[StoreCopy.Value]], into table: String, columns: [StoreCopy.Column]) throws {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let perStatement = max(1, 60_000 / columns.count)
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let overriding = columns.contains(where: \.isIdentity) ? " OVERRIDING SYSTEM VALUE" : ""
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let batch = rows[start..<min(start + perStatement, rows.count)]
            var bindings = PostgresBindings(capacity: batch.count * columns.count)
            var tuples: [String] = []
            var index = 0
            for row in batch {
                var marks: [String] = []
                for (value, column) in zip(row, columns) {
                    index += 1
                    marks.append("$\(index)")
                    switch (value, column.type) {
                    case (.null, _): bindings.appendNull()
                    case (.integer(let number), .boolean): bindings.append(number != 0)
                    case (.integer(let number), _): bindings.append(number)
                    case (.text(let text), _): bindings.append(text)
                    case (.bytes(let bytes), _): bindings.append(ByteBuffer(bytes: bytes))
                    }
                }
                tuples.append("(" + marks.joined(separator: ", ") + ")")
            }
            try session.run(PostgresQuery(
                unsafeSQL: "INSERT INTO \(table) (\(names))\(overriding) VALUES " + tuples.joined(separator: ", "), binds: bindings
            ))
        }
    }

    /// A table as stored, each value as the copy compares it.
    private static func readBack(_ session: PostgresSession, table: String, columns: [StoreCopy.Column]) throws -> [[StoreCopy.Value]] {
        guard !columns.isEmpty else { return [] }
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        return try session.rows(PostgresQuery(unsafeSQL: "SELECT \(names) FROM \(table)")).map { row in
            let cells = row.makeRandomAccess()
            return try columns.enumerated().map { index, column -> StoreCopy.Value in
                let cell = cells[index]
                switch column.type {
                case .text: return try cell.decode(String?.self).map(StoreCopy.Value.text) ?? .null
                case .integer: return try cell.decode(Int64?.self).map(StoreCopy.Value.integer) ?? .null
                case .boolean: return try cell.decode(Bool?.self).map { .integer($0 ? 1 : 0) } ?? .null
                case .bytes: return try cell.decode(ByteBuffer?.self).map { .bytes(Array($0.readableBytesView)) } ?? .null
                }
            }
        }
    }
}
