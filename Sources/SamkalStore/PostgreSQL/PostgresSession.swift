import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// One leased connection as the store's synchronous code sees it: `rows` and `run` wait
/// for their answers (`ask` and `send` let several be on their way at once). It runs only on the store's own threads (`PostgresStore.blockingThreads`), never
/// on an event loop, so the store's transactions read as plainly as the SQLite store's and
/// the use cases' synchronous `RecordsTransaction` bodies run on it unchanged.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger
    private let sent = SentStatements()

    /// The rows `query` returns (after the answers to everything `send` sent).
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try ask(query).wait()
    }

    /// Runs `query`; returns how many rows it changed (or returned).
    @discardableResult
    func run(_ query: PostgresQuery) throws -> Int {
        try settle()
        let future: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
        return try future.wait().metadata.rows ?? 0
    }

    /// The first column of the first row, if there is one.
    func value<T: PostgresDecodable & Sendable>(_ type: T.Type, _ query: PostgresQuery) throws -> T? {
        try values(type, query).first
    }

    /// The first column of every row.
    func values<T: PostgresDecodable & Sendable>(_ type: T.Type, _ query: PostgresQuery) throws -> [T] {
        try ask(query) { try $0.decode(T.self) }.wait()
    }

    /// Asks `query` without waiting for its rows (after the answers to everything `send`
    /// sent): several reads asked at once are answered one after the other while the first
    /// answers are read here.
    func ask(_ query: PostgresQuery) throws -> Asked<PostgresRow> {
        try ask(query) { $0 }
    }

    /// As `ask(_:)`, each row decoded by `decoding` as it arrives, on the connection's
    /// event loop: neither the raw rows nor the waiting thread's time are spent on it. (Not
    /// PostgresNIO's collected result, which copies the rows gathered so far on every batch
    /// it receives: 650,000 attendee rows at 30,000 participants took seconds.)
    func ask<T: Sendable>(_ query: PostgresQuery, decoding: @escaping @Sendable (PostgresRow) throws -> T) throws -> Asked<T> {
        try settle()
        let collected = Collected<T>()
        let done = connection.query(query, logger: logger) { row in
            let value = try decoding(row)
            collected.values.withLock { $0.append(value) }
        }
        return Asked(done: done, collected: collected)
    }

    /// Sends a statement whose answer is only its success, without waiting for it: the
    /// connection runs statements in the order sent, so the next one is encoded here while
    /// the server works on this one (a first plan's rows, statement after statement). The
    /// next `rows` or `run` (at the latest the transaction's `COMMIT`) waits for the
    /// answers and throws the first failure.
    func send(_ query: PostgresQuery) {
        let future: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
        sent.futures.append(future)
    }

    /// Ends the transaction without its changes, whatever was sent and failed before (a
    /// failed statement's answer is not the rollback's concern, and must not keep the
    /// connection from going back to the pool outside a transaction).
    func rollBack() {
        _ = try? settle()
        _ = try? run("ROLLBACK")
    }

    /// Waits for the answers to everything sent; throws the first failure once all have come.
    func settle() throws {
        guard !sent.futures.isEmpty else { return }
        let futures = sent.futures
        sent.futures = []
        var failure: (any Error)?
        for future in futures {
            do { _ = try future.wait() } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }
}

/// The statements a session sent and has not yet had answered. A session lives on one of
/// the store's threads for one transaction, so this is never shared between threads.
private final class SentStatements: @unchecked Sendable {
    var futures: [EventLoopFuture<PostgresQueryResult>] = []
}

/// What a query asked and not yet waited for returns (`PostgresSession.ask`).
struct Asked<T: Sendable> {
    fileprivate let done: EventLoopFuture<PostgresQueryMetadata>
    fileprivate let collected: Collected<T>

    /// Every row's value, once the last has come.
    func wait() throws -> [T] {
        _ = try done.wait()
        return collected.values.withLock { values in
            defer { values = [] }
            return values
        }
    }
}

/// The values of one query's rows as they arrive on the connection's event loop.
private final class Collected<T: Sendable>: Sendable {
    let values = Mutex<[T]>([])
}
