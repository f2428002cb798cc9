import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import SamkalCore
import Synchronization

/// The store on PostgreSQL, for several `samkal serve` instances (and command-line runs)
/// on one database: a connection pool, versioned migrations, one writer at a time (each
/// writing transaction raises one counter row, which it holds until it commits, as SQLite's
/// lock), and change notification (`LISTEN`/`NOTIFY` on that counter, with a periodic read
/// as a fallback when the listening connection drops).
///
/// The store's code is synchronous, as the SQLite store's: each operation leases a
/// connection and runs on a thread of its own pool (`blockingThreads`), its queries
/// waiting for their answers.
public final class PostgresStore: SamkalStore {
    public let url: DatabaseURL
    let client: PostgresClient
    let logger: Logger
    /// Threads the store's synchronous transactions run on: one a connection.
    private let blockingThreads: NIOThreadPool
    /// How long an operation waits for a connection before it says the database is unreachable.
    private let leaseTimeout: Duration
    let counter = ChangeCounter()
    private let running: Task<Void, Never>
    /// Raised once this store has seen the schema at the latest version (migrating it if needed).
    private let schemaReady = Flag()
    private let watching = Mutex<Task<Void, Never>?>(nil)
    private let knownIdentity = Mutex<MeetingIdentity?>(nil)
    private let planningWait: @Sendable (String) -> Void

    /// The name of the notification channel every committed write notifies, with the
    /// counter it committed as payload.
    static let channel = "samkal_change"

    /// A store on `url` (nothing is connected until the first operation, which migrates
    /// the schema first). `maximumConnections` bounds the pool.
    /// `planningWait` hears of a plan that waits for another plan of its agreement (the
    /// command line says so to the person waiting), with the agreement's id.
    public init(
        url: DatabaseURL, maximumConnections: Int = 20, leaseTimeout: Duration = .seconds(10), logger: Logger = Logger(label: "samkal.store"),
        planningWait: @escaping @Sendable (_ agreementID: String) -> Void = { _ in }
    ) throws {
        self.url = url
        self.planningWait = planningWait
        self.logger = logger
        self.leaseTimeout = leaseTimeout
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: try Self.tls(url)
        )
        configuration.options.maximumConnections = maximumConnections
        configuration.options.minimumConnections = 0
        configuration.options.connectTimeout = .seconds(5)
        if let schema = url.schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        // The pool's own reports (each failed attempt to connect) only when they are errors:
        // what went wrong reaches the user once, as a sentence (`StoreUnavailable`).
        var background = logger
        background.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.client = client
        running = Task { await client.run() }
        blockingThreads = NIOThreadPool(numberOfThreads: maximumConnections)
        blockingThreads.start()
    }

    deinit {
        watching.withLock { $0?.cancel() }
        running.cancel()
        blockingThreads.shutdownGracefully { _ in }
    }

    private static func tls(_ url: DatabaseURL) throws -> PostgresClient.Configuration.TLS {
        var relaxed = TLSConfiguration.makeClientConfiguration()
        relaxed.certificateVerification = .none
        switch url.tlsMode {
        case .disable: return .disable
        case .prefer: return .prefer(relaxed)
        case .require: return .require(relaxed)
        case .verifyFull:
            var strict = TLSConfiguration.makeClientConfiguration()
            if let file = url.rootCertificate { strict.trustRoots = .file(file) }
            return .require(strict)
        }
    }

    // MARK: Change stamp

    /// The highest counter this instance has seen committed: by its own writes at once,
    /// by other instances' through `LISTEN` (or, while that connection is down, a read
    /// every two seconds). Costs a lock-free load; the first call starts the watching.
    public func changeStamp() -> StoreChangeStamp {
        startWatching()
        return StoreChangeStamp(counter: counter.value)
    }

    private func startWatching() {
        guard counter.startWatching() else { return }
        let client = client, counter = counter, logger = logger
        let task = Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await Self.listen(client, counter: counter, logger: logger) }
                group.addTask { await Self.poll(client, counter: counter, logger: logger) }
            }
        }
        watching.withLock { $0 = task }
    }

    /// Notifications of other writers' commits, on a connection of its own, again and
    /// again until cancelled (a dropped connection is replaced after a second).
    private static func listen(_ client: PostgresClient, counter: ChangeCounter, logger: Logger) async {
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: channel) { notifications in
                        // Anything committed before the listening began is read once.
                        counter.listening(true)
                        try await counter.note(readCounter(connection, logger: logger))
                        for try await notification in notifications {
                            if let value = Int64(notification.payload) { counter.note(value) }
                        }
                    }
                }
            } catch {
                if !Task.isCancelled { logger.debug("change notifications interrupted; reconnecting") }
            }
            counter.listening(false)
            try? await Task.sleep(for: .seconds(1))
        }
    }

    /// The fallback: reads the counter every two seconds while no notifications arrive.
    private static func poll(_ client: PostgresClient, counter: ChangeCounter, logger: Logger) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(2))
            guard !counter.isListening else { continue }
            if let value = try? await client.withConnection({ try await readCounter($0, logger: logger) }) {
                counter.note(value)
            }
        }
    }

    private static func readCounter(_ connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        for try await value in try await connection.query("SELECT counter FROM samkalChange WHERE id = 1", logger: logger).decode(Int64.self) {
            return value
        }
        return 0
    }

    // MARK: Identity

    /// The installation's secret, from the database: made once (by whichever instance
    /// comes first; the others read it), then kept for the life of this store.
    public func identity() async throws -> MeetingIdentity {
        if let known = knownIdentity.withLock({ $0 }) { return known }
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<MeetingIdentity.keyLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = try await session { session in
            try session.run("INSERT INTO installation (id, identifierKey) VALUES (1, \(ByteBuffer(bytes: fresh))) ON CONFLICT (id) DO NOTHING")
            return try session.value(ByteBuffer.self, "SELECT identifierKey FROM installation WHERE id = 1").map { Array($0.readableBytesView) }
        }
        guard let key, let identity = MeetingIdentity(key: key) else { throw DataDirectoryError.unreadableSecret("installation") }
        knownIdentity.withLock { $0 = identity }
        return identity
    }

    // MARK: Health

    /// A `SELECT 1` on a connection got within two seconds (the pool keeps reconnecting
    /// in the background, so this turns healthy again by itself once the database is back).
    public func checkHealth() async throws {
        _ = try await session(leaseTimeout: .seconds(2)) { try $0.value(Int.self, "SELECT 1") }
    }

    // MARK: Transactions

    /// Runs `body` on a leased connection, on a thread of the store's pool; PostgreSQL's
    /// errors come out as `StoreUnavailable`.
    func session<T: Sendable>(leaseTimeout: Duration? = nil, _ body: @escaping @Sendable (PostgresSession) throws -> T) async throws -> T {
        do {
            let threads = blockingThreads, logger = logger, schemaReady = schemaReady, schema = url.schema
            return try await leased(timeout: leaseTimeout ?? self.leaseTimeout) { connection in
                if !schemaReady.isRaised {
                    try await PostgresSchema.migrate(connection, schema: schema, logger: logger)
                    schemaReady.raise()
                }
                // Task-locals stay with the task: the credential entries are audited with is
                // bound again on the thread that runs the body.
                let credential = Credential.current
                return try await threads.runIfActive {
                    try Credential.$current.withValue(credential) { try body(PostgresSession(connection: connection, logger: logger)) }
                }
            }
        } catch {
            let unavailable = StoreUnavailable.from(error, path: url.description)
            if case .failed = unavailable, let postgres = error as? PSQLError {
                // What went wrong for whoever runs the database: the SQLSTATE and the
                // server's one-line message (never the query's values).
                logger.error("database error", metadata: [
                    "sqlstate": "\(postgres.serverInfo?[.sqlState] ?? "-")", "message": "\(postgres.serverInfo?[.message] ?? "\(postgres.code)")",
                ])
            }
            throw unavailable ?? error
        }
    }

    /// A connection within `leaseTimeout`, or `StoreUnavailable.unreachable` (also when the
    /// pool gives up connecting before then); the time `body` takes is its own.
    private func leased<T: Sendable>(timeout: Duration, _ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let client = client, place = url.description, url = url, logger = logger
        let connected = Flag()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                do {
                    return try await client.withConnection { connection in
                        connected.raise()
                        return try await body(connection)
                    }
                } catch where !connected.isRaised {
                    throw StoreUnavailable.fromPostgres(error, place: place) ?? .unreachable(place)
                }
            }
            group.addTask {
                // After a moment without a connection, one made directly tells why: a refusal
                // (a wrong password) is said at once; else the pool has until the timeout.
                let early = min(timeout, .seconds(1))
                try await Task.sleep(for: early)
                if connected.isRaised { return nil }
                let reason = await Self.diagnose(url, logger: logger)
                if connected.isRaised { return nil }
                if case .unreachable = reason {} else { throw reason }
                try await Task.sleep(for: timeout - early)
                if connected.isRaised { return nil }
                throw reason
            }
            while let result = try await group.next() {
                if let result {
                    group.cancelAll()
                    return result
                }
            }
            throw CancellationError()
        }
    }

    /// Why no connection came: one connection made directly (the pool keeps retrying and
    /// does not say), its error as a sentence — a wrong password is not "unreachable".
    private static func diagnose(_ url: DatabaseURL, logger: Logger) async -> StoreUnavailable {
        let place = url.description
        do {
            var configuration = PostgresConnection.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: try Self.connectionTLS(url)
            )
            configuration.options.connectTimeout = .seconds(3)
            var quiet = logger
            quiet.logLevel = .critical
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: quiet)
            try? await connection.close()
            return .unreachable(place)
        } catch {
            return StoreUnavailable.fromPostgres(error, place: place) ?? .unreachable(place)
        }
    }

    /// The TLS of a single connection, as the pool's (`tls(_:)`).
    private static func connectionTLS(_ url: DatabaseURL) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch url.tlsMode {
        case .disable: return .disable
        case .prefer, .require:
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            return url.tlsMode == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            if let file = url.rootCertificate { configuration.trustRoots = .file(file) }
            return .require(try NIOSSLContext(configuration: configuration))
        }
    }

    /// Reads in one snapshot (REPEATABLE READ, READ ONLY): several queries see one moment.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresSession) throws -> T) async throws -> T {
        try await session { session in
            try session.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let value = try body(session)
                try session.run("COMMIT")
                return value
            } catch {
                session.rollBack()
                throw error
            }
        }
    }

    /// One writing transaction: the counter is raised first (so writers take turns, and
    /// `body` is told the counter as it stood before: what a snapshot taken since compares
    /// with), everyone listening is notified on commit. `planning` agreements are locked
    /// (one planner at a time per agreement) before the counter, in order.
    @discardableResult
    func write<T: Sendable>(
        planning agreementIDs: [String] = [], _ body: @escaping @Sendable (PostgresSession, Int64) throws -> T
    ) async throws -> T {
        let counter = counter
        let planningWait = planningWait
        let (value, committed) = try await session { session in
            try session.run("BEGIN")
            do {
                for id in Set(agreementIDs).sorted() { try Self.lockPlanning(session, agreementID: id, waiting: planningWait) }
                let after = try session.value(Int64.self, "UPDATE samkalChange SET counter = counter + 1 WHERE id = 1 RETURNING counter") ?? 1
                let value = try body(session, after - 1)
                try session.run("SELECT pg_notify(\(Self.channel), \(String(after)))")
                try session.run("COMMIT")
                return (value, after)
            } catch {
                session.rollBack()
                throw error
            }
        }
        counter.note(committed)
        return value
    }

    /// The planning lock of an agreement, held to the end of the transaction: another
    /// `plan` of the same agreement waits (and `waiting` hears of it) rather than interleave.
    private static func lockPlanning(_ session: PostgresSession, agreementID: String, waiting: (String) -> Void) throws {
        let free = try session.value(Bool.self, "SELECT pg_try_advisory_xact_lock(\(planningLockClass), hashtext(current_schema() || '/' || \(agreementID)))") ?? false
        guard !free else { return }
        session.logger.info("another plan of this agreement is being recorded: waiting for it", metadata: ["agreement": "\(agreementID)"])
        waiting(agreementID)
        try session.run("SELECT pg_advisory_xact_lock(\(planningLockClass), hashtext(current_schema() || '/' || \(agreementID)))")
    }

    /// The first key of planning locks (the second is the hash of the store's schema and
    /// the agreement id: advisory locks are the whole database's, and stores in other
    /// schemas of it plan their own agreements of the same id without waiting).
    private static let planningLockClass: Int32 = 0x7361_6D6B

    // MARK: Audit

    static func audit(_ session: PostgresSession, _ entry: AuditEntry) throws {
        try session.run("""
            INSERT INTO audit (at, actorId, action, target, allowed, rule, agreementId, credential)
            VALUES (\(entry.at.description), \(entry.actorID), \(entry.action.rawValue), \(entry.target), \(entry.allowed),
                \(entry.rule.rawValue), \(entry.agreementID), \(entry.credential?.stored))
            """)
    }

    /// Audit entries of their own (a commit as any other: a snapshot taken before is stale).
    public func recordAudit(_ entries: [AuditEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await write { session, _ in
            for entry in entries { try Self.audit(session, entry) }
        }
    }

    public func auditLog(agreementID: String?, limit: Int?) async throws -> [AuditEntry] {
        try await read { session in
            let limit = limit ?? Int.max
            let rows = if let agreementID {
                try session.rows("""
                    SELECT id, at, actorId, action, target, allowed, rule, agreementId, credential FROM audit
                    WHERE agreementId = \(agreementID)
                       OR (agreementId IS NULL AND actorId IN (SELECT id FROM person WHERE agreementId = \(agreementID)))
                    ORDER BY id DESC LIMIT \(limit)
                    """)
            } else {
                try session.rows("""
                    SELECT id, at, actorId, action, target, allowed, rule, agreementId, credential FROM audit ORDER BY id DESC LIMIT \(limit)
                    """)
            }
            return try rows.reversed().compactMap { row -> AuditEntry? in
                let (id, at, actor, action, target, allowed, rule, agreement, credential) = try row.decode(
                    (Int64, String, String, String, String, Bool, String, String?, String?).self
                )
                guard let at = UTCTimestamp(iso: at), let action = AuditEntry.Action(rawValue: action), let rule = AccessRule(rawValue: rule)
                else { return nil }
                return AuditEntry(
                    id: id, at: at, actorID: actor, action: action, target: target, allowed: allowed, rule: rule,
                    agreementID: agreement, credential: credential.flatMap(Credential.init(stored:))
                )
            }
        }
    }

    /// Shared helpers (called inside transactions).
    static func agreement(_ session: PostgresSession, id: String) throws -> Agreement {
        guard let json = try session.value(String.self, "SELECT json FROM agreement WHERE id = \(id)") else { throw StoreError.noAgreement }
        return try StoredJSON.decode(Agreement.self, from: json)
    }

    static func participants(_ session: PostgresSession, agreementID: String) throws -> [Participant] {
        try session.values(String.self, "SELECT json FROM participant WHERE agreementId = \(agreementID) ORDER BY id")
            .map { try StoredJSON.decode(Participant.self, from: $0) }
    }

    static func policy(_ session: PostgresSession, agreementID: String) throws -> AccessPolicy {
        AccessPolicy(agreement: try agreement(session, id: agreementID), participants: try participants(session, agreementID: agreementID))
    }
}

/// The highest change counter an instance has seen, and whether it is listening.
final class ChangeCounter: Sendable {
    private let latest = Atomic<Int64>(0)
    private let watching = Atomic<Bool>(false)
    private let listeningNow = Atomic<Bool>(false)

    var value: Int64 { latest.load(ordering: .acquiring) }
    var isListening: Bool { listeningNow.load(ordering: .relaxed) }

    /// Raises the value to `counter` (never lowers it).
    func note(_ counter: Int64) {
        var current = latest.load(ordering: .relaxed)
        while counter > current {
            let (exchanged, original) = latest.compareExchange(expected: current, desired: counter, ordering: .acquiringAndReleasing)
            if exchanged { return }
            current = original
        }
    }

    /// True the first time: the caller starts watching.
    func startWatching() -> Bool {
        // A load first: every feed request asks, and only the first may write.
        !watching.load(ordering: .relaxed) && !watching.exchange(true, ordering: .relaxed)
    }

    func listening(_ now: Bool) {
        listeningNow.store(now, ordering: .relaxed)
    }
}

/// A flag raised once, seen from other tasks.
final class Flag: Sendable {
    private let raised = Atomic<Bool>(false)

    var isRaised: Bool { raised.load(ordering: .acquiring) }

    func raise() {
        raised.store(true, ordering: .releasing)
    }
}
