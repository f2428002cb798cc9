import GRDB
import GRDBSQLite

/// Inserts many rows with few statements: `INSERT … VALUES (…), (…), …`, as many rows a
/// statement as fit in `variablesPerStatement`, through one statement prepared once and
/// bound with SQLite's own calls. Writing a first plan of a year (hundreds of thousands of
/// meetings, attendees and changes) is then SQLite's B-tree work, not per-statement or
/// per-value overhead: the texts of a batch are laid end to end in one buffer that SQLite
/// reads in place (no copy, no allocation per value).
///
/// `OR FAIL`, not the default `ABORT`: a statement that breaks a constraint still fails and
/// the caller's transaction is rolled back whole, but SQLite keeps no statement journal (a
/// copy of every page a many-row statement touches) to undo that one statement alone.
///
/// Used inside one write transaction of GRDB (`db` is its connection); `finish` writes
/// the rest and releases the statement.
final class BatchInsert {
    /// One column's value.
    enum Value {
        case integer(Int64)
        case text(String)
        case null
    }

    private let db: Database
    private let head: String
    private let placeholders: String
    private let columns: Int
    private let rowsPerStatement: Int
    private var values: [Value] = []
    private var full: OpaquePointer?

    /// Variables bound a statement (SQLite allows 32,766; a few hundred keeps statements small).
    private static let variablesPerStatement = 900

    init(_ db: Database, into table: String, columns: [String]) {
        self.db = db
        head = "INSERT OR FAIL INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        self.columns = columns.count
        rowsPerStatement = max(1, Self.variablesPerStatement / columns.count)
        values.reserveCapacity(rowsPerStatement * columns.count)
    }

    deinit {
        sqlite3_finalize(full)
    }

    func append(_ value: Int64) { values.append(.integer(value)) }
    func append(_ value: Int) { values.append(.integer(Int64(value))) }
    func append(_ value: Bool) { values.append(.integer(value ? 1 : 0)) }
    func append(_ value: String) { values.append(.text(value)) }
    func append(_ value: String?) { values.append(value.map(Value.text) ?? .null) }

    /// Ends a row (all its columns appended); writes a full batch.
    func endRow() throws {
        if values.count == rowsPerStatement * columns { try flush() }
    }

    /// Writes what is left.
    func finish() throws {
        try flush()
    }

    private func flush() throws {
        guard !values.isEmpty else { return }
        precondition(values.count % columns == 0, "a row of a batch insert lacks values")
        let rows = values.count / columns
        let statement: OpaquePointer
        var prepared: OpaquePointer?
        if rows == rowsPerStatement, let full {
            statement = full
        } else {
            let sql = head + Array(repeating: placeholders, count: rows).joined(separator: ", ")
            try check(sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &prepared, nil))
            guard let prepared else { throw DatabaseError(message: "could not prepare a batch insert") }
            statement = prepared
            if rows == rowsPerStatement { full = prepared }
        }
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            if rows != rowsPerStatement { sqlite3_finalize(prepared) }
        }
        // Every text of the batch end to end in one buffer; a leading byte keeps the
        // buffer's address valid for empty texts, which must stay '' and not become NULL.
        var bytes: [UInt8] = [0]
        var spans: [(offset: Int, count: Int)] = []
        for value in values {
            if case .text(let text) = value {
                spans.append((bytes.count, text.utf8.count))
                bytes.append(contentsOf: text.utf8)
            }
        }
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var span = 0
            for (index, value) in values.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .integer(let number):
                    try check(sqlite3_bind_int64(statement, position, number))
                case .null:
                    try check(sqlite3_bind_null(statement, position))
                case .text:
                    let (offset, count) = spans[span]
                    span += 1
                    // SQLITE_STATIC (nil): SQLite reads the bytes in place until the reset above.
                    try (base + offset).withMemoryRebound(to: CChar.self, capacity: max(count, 1)) { text in
                        try check(sqlite3_bind_text(statement, position, text, Int32(count), nil))
                    }
                }
            }
            let code = sqlite3_step(statement)
            guard code == SQLITE_DONE else { try check(code); return }
        }
        values.removeAll(keepingCapacity: true)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK || code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: head
            )
        }
    }
}
