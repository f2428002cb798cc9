import GRDB

/// Inserts many rows with few statements: `INSERT … VALUES (…), (…), …`, as many rows a
/// statement as fit in 20 variables, through one prepared statement. Writing a first plan
/// of a year (tens of thousands of meetings, hundreds of thousands of attendees) is then
/// SQLite's B-tree work, not per-statement or per-allocation overhead.
///
/// `OR FAIL`, not the default `ABORT`: a statement that breaks a constraint still fails and
/// the caller's transaction is rolled back whole, but SQLite keeps no statement journal (a
/// copy of every page a many-row statement touches) to undo that one statement alone.
struct BatchInsert {
    private let head: String
    private let placeholders: String
    private let columns: Int
    private let rowsPerStatement: Int
    private var values: [DatabaseValue] = []
    private var full: Statement?

    /// Variables bound a statement. GRDB binds up to 20 arguments in place (SQLite reads the
    /// Swift strings where they are); beyond that it has SQLite copy every text value, and
    /// those hundreds of thousands of small allocations cost more than the statements saved.
    private static let variablesPerStatement = 20

    init(into table: String, columns: [String]) {
        head = "INSERT OR FAIL INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        self.columns = columns.count
        rowsPerStatement = max(1, Self.variablesPerStatement / columns.count)
        values.reserveCapacity(rowsPerStatement * columns.count)
    }

    /// Adds the next value of the current row; rows are complete every `columns` values.
    mutating func append(_ value: DatabaseValue) {
        values.append(value)
    }

    /// Ends a row (all its columns appended); writes a full batch.
    mutating func endRow(_ db: Database) throws {
        if values.count == rowsPerStatement * columns { try flush(db) }
    }

    /// Writes what is left.
    mutating func finish(_ db: Database) throws {
        try flush(db)
    }

    private mutating func flush(_ db: Database) throws {
        guard !values.isEmpty else { return }
        precondition(values.count % columns == 0, "a row of a batch insert lacks values")
        let rows = values.count / columns
        let statement: Statement
        if rows == rowsPerStatement, let full {
            statement = full
        } else {
            // Full batches reuse one prepared statement; the last, shorter one is prepared once.
            statement = try db.makeStatement(sql: head + Array(repeating: placeholders, count: rows).joined(separator: ", "))
            if rows == rowsPerStatement { full = statement }
        }
        try statement.execute(arguments: StatementArguments(values))
        values.removeAll(keepingCapacity: true)
    }
}
