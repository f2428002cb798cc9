/// Where a store lives, and the one place that picks its implementation: the command line
/// and the server open stores through this and work with `any SamkalStore`.
public enum StoreLocation: Sendable, Hashable {
    /// The embedded default: SQLite in the data directory.
    case dataDirectory(String)
    /// A PostgreSQL database (`--database`, `SAMKAL_DATABASE_URL`): several instances on one store.
    case postgres(DatabaseURL)

    /// The store; `planningWait` hears of a plan that waits for another plan of the same
    /// agreement (PostgreSQL's planning lock: SQLite's writers simply take turns).
    public func open(planningWait: @escaping @Sendable (_ agreementID: String) -> Void = { _ in }) throws -> any SamkalStore {
        switch self {
        case .dataDirectory(let path): try SQLiteStore(directory: path)
        case .postgres(let url): try PostgresStore(url: url, planningWait: planningWait)
        }
    }
}
