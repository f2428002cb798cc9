import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif
import SamkalCore

/// The embedded store: one SQLite file in WAL mode, so the HTTP server can read while the
/// command line writes. Writers wait (busy timeout) rather than fail.
public final class SQLiteStore: SamkalStore {
    let writer: DatabasePool
    /// The database file; its write-ahead log is `path-wal`.
    let path: String
    let walPath: String

    /// Opens (creating if needed) `directory/samkal.sqlite` and migrates it.
    /// The directory is created `0700` and the files `0600` (``DataDirectory/prepare()``).
    public convenience init(directory: String) throws {
        try DataDirectory(path: directory).prepare()
        do {
            try self.init(path: (directory as NSString).appendingPathComponent("samkal.sqlite"))
        } catch {
            throw StoreUnavailable.from(error, path: directory) ?? error
        }
    }

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // Every committed transaction is on disk before the command reports success.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            if !db.configuration.readonly {
                // A plan writes its meetings' index entries in UID (random) order: with
                // SQLite's default 2 MiB page cache the pages of those indexes are spilled
                // and read back again and again. The writer may keep up to 256 MiB of pages
                // (taken only as a transaction needs them), so a plan's pages are written
                // once, at commit. Readers keep the default.
                try db.execute(sql: "PRAGMA cache_size = -262144")
            }
        }
        try Self.checkIsSamkalStore(path)
        writer = try DatabasePool(path: path, configuration: configuration)
        try Schema.migrator.migrate(writer)
        self.path = path
        self.walPath = path + "-wal"
    }

    /// Leaves another program's database alone, and one a newer samkal migrated: looked at
    /// read-only before anything (such as the switch to WAL mode) could change the file.
    private static func checkIsSamkalStore(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        var configuration = Configuration()
        configuration.readonly = true
        let (tables, superseded) = try DatabaseQueue(path: path, configuration: configuration).read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            let superseded = tables.contains("grdb_migrations") ? try Schema.migrator.hasBeenSuperseded(db) : false
            return (tables, superseded)
        }
        if !tables.isEmpty, !tables.contains("grdb_migrations") { throw StoreUnavailable.notAStore(path) }
        if superseded { throw StoreUnavailable.newerStore(path) }
    }

    /// A value that changes whenever anything is committed, by this process or another:
    /// the size, modification time (to the nanosecond) and inode of the database file and
    /// its write-ahead log. Costs two `stat` calls and no allocation or database access —
    /// the server asks it on every request.
    public func changeStamp() -> StoreChangeStamp {
        StoreChangeStamp(database: Self.fileStamp(path), log: Self.fileStamp(walPath))
    }

    private static func fileStamp(_ file: String) -> StoreChangeStamp.File {
        var info = stat()
        guard stat(file, &info) == 0 else { return StoreChangeStamp.File(size: -1, seconds: 0, nanoseconds: 0, inode: 0) }
        return StoreChangeStamp.File(
            size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), inode: Int(info.st_ino)
        )
    }

    /// The secret file beside the database (`DataDirectory.identity()`).
    public func identity() async throws -> MeetingIdentity {
        try DataDirectory(path: (path as NSString).deletingLastPathComponent).identity()
    }

    /// The embedded database is this machine's own file: healthy while it can be read.
    /// Answered without a read of the database, so `/healthz` stays as quick as it was
    /// (a load balancer asks it often, also when the connection limit is reached).
    public func checkHealth() async throws {
        guard FileManager.default.isReadableFile(atPath: path) else { throw StoreUnavailable.cannotOpen(path) }
    }

    // MARK: Shared helpers (called inside transactions)

    static func agreement(_ db: Database, id: String) throws -> Agreement {
        guard let json = try String.fetchOne(db, sql: "SELECT json FROM agreement WHERE id = ?", arguments: [id]) else {
            throw StoreError.noAgreement
        }
        return try StoredJSON.decode(Agreement.self, from: json)
    }

    static func participants(_ db: Database, agreementID: String) throws -> [Participant] {
        try String.fetchAll(db, sql: "SELECT json FROM participant WHERE agreementId = ? ORDER BY id", arguments: [agreementID])
            .map { try StoredJSON.decode(Participant.self, from: $0) }
    }

    static func meeting(_ db: Database, uid: String) throws -> PlannedMeeting? {
        try MeetingRows.fetch(db, where: "m.uid = ?", arguments: [uid]).first
    }

    static func meetings(_ db: Database, agreementID: String) throws -> [PlannedMeeting] {
        try MeetingRows.fetch(db, where: "m.agreementId = ?", arguments: [agreementID])
    }

    /// The meetings with these UIDs (any order), in chunks SQLite's variable limit allows.
    static func meetings(_ db: Database, uids: [String]) throws -> [PlannedMeeting] {
        var found: [PlannedMeeting] = []
        for chunk in stride(from: 0, to: uids.count, by: 500).map({ Array(uids[$0..<min($0 + 500, uids.count)]) }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            found += try MeetingRows.fetch(db, where: "m.uid IN (\(placeholders))", arguments: StatementArguments(chunk))
        }
        return found
    }

    static func policy(_ db: Database, agreementID: String) throws -> AccessPolicy {
        let agreement = try agreement(db, id: agreementID)
        return AccessPolicy(agreement: agreement, participants: try participants(db, agreementID: agreementID))
    }

    static func audit(_ db: Database, _ entry: AuditEntry) throws {
        try db.execute(
            sql: "INSERT INTO audit (at, actorId, action, target, allowed, rule, agreementId, credential) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                entry.at.description, entry.actorID, entry.action.rawValue, entry.target, entry.allowed, entry.rule.rawValue, entry.agreementID,
                entry.credential?.stored,
            ]
        )
    }

    /// Writes audit entries in a transaction of their own: refusals, and reads that change nothing else.
    public func recordAudit(_ entries: [AuditEntry]) async throws {
        try await writer.write { db in
            for entry in entries { try Self.audit(db, entry) }
        }
    }

    public func auditLog(agreementID: String?, limit: Int?) async throws -> [AuditEntry] {
        try await writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: agreementID == nil ? "SELECT * FROM audit ORDER BY id DESC LIMIT ?" : """
                    SELECT * FROM audit WHERE agreementId = ?1
                       OR (agreementId IS NULL AND actorId IN (SELECT id FROM person WHERE agreementId = ?1))
                    ORDER BY id DESC LIMIT ?2
                    """,
                arguments: agreementID.map { [$0, limit ?? -1] } ?? [limit ?? -1]
            )
            return rows.reversed().compactMap { row -> AuditEntry? in
                guard let at = UTCTimestamp(iso: row["at"]),
                      let action = AuditEntry.Action(rawValue: row["action"]),
                      let rule = AccessRule(rawValue: row["rule"])
                else { return nil }
                return AuditEntry(
                    id: row["id"], at: at, actorID: row["actorId"], action: action, target: row["target"], allowed: row["allowed"], rule: rule,
                    agreementID: row["agreementId"], credential: (row["credential"] as String?).flatMap(Credential.init(stored:))
                )
            }
        }
    }
}
