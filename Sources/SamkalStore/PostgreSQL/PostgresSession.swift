import Logging
import NIOCore
import PostgresNIO

/// One leased connection as the store's synchronous code sees it: each query waits for its
/// answer. It runs only on the store's own threads (`PostgresStore.blockingThreads`), never
/// on an event loop, so the store's transactions read as plainly as the SQLite store's and
/// the use cases' synchronous `RecordsTransaction` bodies run on it unchanged.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger

    /// The rows `query` returns.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        let future: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
        return try future.wait().rows
    }

    /// Runs `query`; returns how many rows it changed (or returned).
    @discardableResult
    func run(_ query: PostgresQuery) throws -> Int {
        let future: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: logger)
        return try future.wait().metadata.rows ?? 0
    }

    /// The first column of the first row, if there is one.
    func value<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> T? {
        try rows(query).first.map { try $0.decode(T.self) }
    }

    /// The first column of every row.
    func values<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> [T] {
        try rows(query).map { try $0.decode(T.self) }
    }
}
