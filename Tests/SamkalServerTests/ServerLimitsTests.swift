import Foundation
import Hummingbird
import Logging
import NIOCore
import SamkalServer
import SamkalStore
import Synchronization
import Testing

/// Only what goes wrong: not the access log, nor the server's complaint at being cancelled.
let quietLogger: Logger = {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    return logger
}()

/// A server on a free loopback port with the given limits, for as long as `body` runs.
func withRunningServer<T: Sendable>(
    limits: ServerLimits, metrics: ServerMetrics = ServerMetrics(), logger: Logger = quietLogger,
    _ body: @Sendable (_ port: Int) async throws -> T
) async throws -> T {
    let service = FeedService(store: MemoryStore(), keepCancelledDays: 30, metrics: metrics)
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let app = try buildApplication(
        service: service, metrics: metrics, host: "127.0.0.1", port: 0, limits: limits, logger: logger,
        onServerRunning: { channel in
            portContinuation.yield(channel.localAddress?.port ?? 0)
            portContinuation.finish()
        }
    )
    return try await onServerThreads {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            defer { group.cancelAll() }
            return try await body(port)
        }
    }
}

/// Clients that hold connections without using them are cut off, and no more than the
/// limit are kept; the server answers a new client all the while.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct ServerLimitsTests {
    @Test func aSilentConnectionIsClosedAfterTheIdleTimeout() async throws {
        let limits = ServerLimits(idleTimeout: .milliseconds(600), headerReadTimeout: .seconds(5))
        try await withRunningServer(limits: limits) { port in
            let (closed, elapsed) = await offThePool {
                let connection = RawConnection(port: port)!
                let started = ContinuousClock.now
                let result = connection.readUntilClosed(timeout: .seconds(5))
                return (result.closed, started.duration(to: .now))
            }
            #expect(closed)
            #expect(elapsed >= .milliseconds(500) && elapsed < .seconds(3), "\(elapsed)")
        }
    }

    @Test func aKeptAliveConnectionIsClosedAfterTheIdleTimeoutOnlyOnceItIsIdle() async throws {
        // Long enough that a loaded machine (the whole suite on two cores) never leaves a
        // gap of that length between two requests of the loop by scheduling alone.
        let idleTimeout = Duration.milliseconds(1500)
        let limits = ServerLimits(idleTimeout: idleTimeout, headerReadTimeout: .seconds(5))
        try await withRunningServer(limits: limits) { port in
            let (statuses, closed) = await offThePool {
                let connection = RawConnection(port: port)!
                var statuses: [String] = []
                // Busy for twice the idle time-out and at least three requests, never silent for
                // more than a fifteenth of it. However long an answer takes (`get` waits), the
                // server is answering, not idle.
                let started = ContinuousClock.now
                while statuses.count < 3 || started.duration(to: .now) < idleTimeout * 2 {
                    guard let answer = connection.get("/healthz") else {
                        statuses.append("no answer")
                        break  // the connection is out of step, or closed
                    }
                    statuses.append(answer.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? "")
                    Thread.sleep(forTimeInterval: 0.1)
                }
                return (statuses, connection.readUntilClosed(timeout: .seconds(6)).closed)
            }
            #expect(statuses.count >= 2 && statuses.allSatisfy { $0 == "HTTP/1.1 200 OK" }, "\(statuses)")
            #expect(closed)
        }
    }

    @Test func aRequestHeadTrickledByteByByteIsCutOffAtTheHeaderReadTimeout() async throws {
        let limits = ServerLimits(idleTimeout: .seconds(20), headerReadTimeout: .milliseconds(800))
        let metrics = ServerMetrics()
        try await withRunningServer(limits: limits, metrics: metrics) { port in
            let (closed, elapsed) = await offThePool {
                let connection = RawConnection(port: port)!
                let started = ContinuousClock.now
                connection.send("GET /healthz HTTP/1.1\r\n")
                // A header byte every 100 ms: never idle, never done.
                while started.duration(to: .now) < .seconds(6) {
                    Thread.sleep(forTimeInterval: 0.1)
                    if connection.isClosedByServer() || !connection.send("X") { return (true, started.duration(to: .now)) }
                }
                return (false, started.duration(to: .now))
            }
            #expect(closed)
            #expect(elapsed >= .milliseconds(700) && elapsed < .seconds(3), "\(elapsed)")
        }
        #expect(metrics.exposition().contains(#"samkal_http_timed_out_connections_total{reason="header_read"} 1"#))
    }

    @Test func connectionsBeyondTheLimitAreClosedAtOnceAndHealthzAnswersOnceIdleOnesTimeOut() async throws {
        let log = CapturedLog()
        let limits = ServerLimits(idleTimeout: .seconds(2), headerReadTimeout: .seconds(2), maxConnections: 3)
        let metrics = ServerMetrics()
        try await withRunningServer(limits: limits, metrics: metrics, logger: log.logger()) { port in
            let outcome = await offThePool {
                let held = (0..<3).map { _ in RawConnection(port: port)! }
                // The held connections are admitted: each answers.
                let heldAnswer = held.allSatisfy { $0.get("/healthz")?.hasPrefix("HTTP/1.1 200") == true }
                let started = ContinuousClock.now
                let extra = (0..<4).map { _ in RawConnection(port: port)! }
                let extraClosed = extra.allSatisfy { $0.readUntilClosed(timeout: .seconds(1)).closed }
                let extraClosedIn = started.duration(to: .now)
                // The held ones go idle and are closed; then a new client is answered.
                let heldClosed = held.allSatisfy { $0.readUntilClosed(timeout: .seconds(5)).closed }
                let fresh = RawConnection(port: port)?.get("/healthz")
                return (heldAnswer, extraClosed, extraClosedIn, heldClosed, fresh)
            }
            #expect(outcome.0)
            #expect(outcome.1)
            #expect(outcome.2 < .seconds(1), "\(outcome.2)")
            #expect(outcome.3)
            #expect(outcome.4?.hasPrefix("HTTP/1.1 200") == true)
            #expect(outcome.4?.hasSuffix("ok\n") == true)
            let exposition = metrics.exposition()
            #expect(exposition.contains("samkal_http_refused_connections_total 4"), "\(exposition)")
            #expect(exposition.contains(#"samkal_http_timed_out_connections_total{reason="idle"} 3"#), "\(exposition)")
            #expect(exposition.contains("samkal_http_open_connections "), "\(exposition)")
        }
        let limitLines = log.all.filter { $0.contains("connection limit reached") }
        #expect(limitLines.count == 1, "\(limitLines)")
        #expect(limitLines.first?.contains("limit=3") == true)
    }

    @Test func theConnectionLimitLeavesRoomUnderTheOpenFileLimit() {
        #expect(OpenFileLimit.connections(wanted: 200, fileLimit: 256) == 200)
        #expect(OpenFileLimit.connections(wanted: 400, fileLimit: 256) == 256 - OpenFileLimit.reserve)
        #expect(OpenFileLimit.connections(wanted: 200, fileLimit: nil) == 200)
        #expect(OpenFileLimit.connections(wanted: 200, fileLimit: 10) == 1)
    }
}
