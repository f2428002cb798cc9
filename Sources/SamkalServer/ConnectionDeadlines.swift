import Logging
import NIOCore
import NIOHTTPTypes

/// Closes a connection that holds the server without using it: one that sends nothing for
/// `idleTimeout` while no request is being answered (or stalls in a request body), and one
/// whose request head is not complete `headerReadTimeout` after its first byte — a total
/// deadline, so a client trickling a byte every few seconds (slow-loris) is cut off too.
/// A request being answered is never cut short.
///
/// It sits right after the HTTP decoder, before `FeedFastPath`, so it sees every request
/// head and every response, and puts a `ReceivedBytesWatcher` at the front of the pipeline
/// to learn when bytes arrive before a head is decoded from them.
final class ConnectionDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    enum Reason: String {
        case idle = "idle time-out"
        case headerRead = "header read time-out"
    }

    private let idleTimeout: TimeAmount
    private let headerReadTimeout: TimeAmount
    private let metrics: ServerMetrics?
    private let logger: Logger

    private var isActive = false
    private var headsRead = 0
    private var endsRead = 0
    private var responsesEnded = 0
    /// The last byte read, the last response ended, or the connection's start.
    private var quietSince = NIODeadline.now()
    /// When the first byte of a request head not decoded yet arrived.
    private var headStarted: NIODeadline?
    private var check: Scheduled<Void>?
    private var checkAt: NIODeadline?

    init(limits: ServerLimits, metrics: ServerMetrics? = nil, logger: Logger) {
        idleTimeout = TimeAmount(limits.idleTimeout)
        headerReadTimeout = TimeAmount(limits.headerReadTimeout)
        self.metrics = metrics
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.pipeline.syncOperations.addHandler(ReceivedBytesWatcher(deadlines: self), position: .first)
        if context.channel.isActive { becameActive(context: context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelCheck()
    }

    func channelActive(context: ChannelHandlerContext) {
        becameActive(context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        isActive = false
        cancelCheck()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            headsRead += 1
            headStarted = nil
        case .body:
            break
        case .end:
            endsRead += 1
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            responsesEnded += 1
            quietSince = .now()
            arm(context: context)
        }
        context.write(data, promise: promise)
    }

    /// Bytes arrived from the client (called by the `ReceivedBytesWatcher`, before they are decoded).
    func bytesArrived(context: ChannelHandlerContext) {
        let now = NIODeadline.now()
        quietSince = now
        if headsRead == endsRead, headStarted == nil { headStarted = now }
        arm(context: context)
    }

    private func becameActive(context: ChannelHandlerContext) {
        guard !isActive else { return }
        isActive = true
        quietSince = .now()
        arm(context: context)
    }

    /// When the connection is to be closed as things stand, and why; `nil` while it is answering.
    private func deadline() -> (at: NIODeadline, reason: Reason)? {
        guard isActive else { return nil }
        if headsRead > endsRead { return (quietSince + idleTimeout, .idle) }  // in a request body
        if endsRead > responsesEnded { return nil }  // answering
        if let headStarted { return (headStarted + headerReadTimeout, .headerRead) }
        return (quietSince + idleTimeout, .idle)
    }

    /// Makes sure a check runs no later than the current deadline. A check already due
    /// earlier is kept: it looks again when it runs.
    private func arm(context: ChannelHandlerContext) {
        guard let deadline = deadline() else { return }
        if let checkAt, checkAt <= deadline.at { return }
        cancelCheck()
        schedule(at: deadline.at, context: context)
    }

    private func schedule(at deadline: NIODeadline, context: ChannelHandlerContext) {
        checkAt = deadline
        check = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) {
            self.check = nil
            self.checkAt = nil
            self.deadlineReached(context: context)
        }
    }

    private func deadlineReached(context: ChannelHandlerContext) {
        guard let deadline = deadline() else { return }
        guard deadline.at <= .now() else {
            schedule(at: deadline.at, context: context)
            return
        }
        metrics?.countTimeout(headerRead: deadline.reason == .headerRead)
        logger.debug("connection closed", metadata: ["reason": "\(deadline.reason.rawValue)"])
        isActive = false
        context.close(promise: nil)
    }

    private func cancelCheck() {
        check?.cancel()
        check = nil
        checkAt = nil
    }
}
