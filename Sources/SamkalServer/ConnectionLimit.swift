import Logging
import Synchronization

/// How many connections may be open at once, shared by every event loop. A connection
/// beyond the limit is closed as soon as it is active, before anything is read from it, and
/// the refusals are logged at most once per `logInterval` (with how many there were), so
/// a flood of connections cannot flood the log as well.
public final class ConnectionLimit: Sendable {
    public let maximum: Int
    private let logger: Logger
    private let metrics: ServerMetrics?
    private let logInterval: Duration
    private let open = Atomic<Int>(0)
    private let refusals = Mutex<Refusals>(Refusals())

    private struct Refusals {
        var sinceLastLine = 0
        var lastLine: ContinuousClock.Instant?
    }

    public init(maximum: Int, metrics: ServerMetrics? = nil, logger: Logger, logInterval: Duration = .seconds(10)) {
        self.maximum = maximum
        self.metrics = metrics
        self.logger = logger
        self.logInterval = logInterval
    }

    /// Connections open now.
    public var openConnections: Int { open.load(ordering: .relaxed) }

    /// Takes a place for a new connection; `false` (and the refusal noted) when all are taken.
    func admit() -> Bool {
        if open.wrappingAdd(1, ordering: .relaxed).newValue <= maximum {
            metrics?.connectionOpened()
            return true
        }
        open.wrappingSubtract(1, ordering: .relaxed)
        metrics?.countRefusedConnection()
        noteRefusal()
        return false
    }

    /// Gives back the place of a connection that was admitted and has closed.
    func release() {
        open.wrappingSubtract(1, ordering: .relaxed)
        metrics?.connectionClosed()
    }

    private func noteRefusal() {
        let now = ContinuousClock.now
        let refused: Int? = refusals.withLock { refusals in
            refusals.sinceLastLine += 1
            if let last = refusals.lastLine, last.duration(to: now) < logInterval { return nil }
            defer {
                refusals.sinceLastLine = 0
                refusals.lastLine = now
            }
            return refusals.sinceLastLine
        }
        guard let refused else { return }
        logger.warning("connection limit reached, closing new connections", metadata: [
            "limit": "\(maximum)",
            "refused": "\(refused)",
        ])
    }

    /// The handler for one connection's pipeline.
    func handler() -> ConnectionLimitHandler {
        ConnectionLimitHandler(limit: self)
    }
}
