import Logging
import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// On the listening socket: when accepting fails because the process or system is out of
/// descriptors or memory (EMFILE, ENFILE, ENOBUFS, ENOMEM), stops accepting for `pause` and
/// keeps the error from the server's accept loop, which would otherwise end with it and never
/// accept again; without the pause the accept would fail in a busy loop. Logged at most once
/// per `logInterval`, with how many failures there were.
final class AcceptBackoff: ChannelDuplexHandler {
    typealias InboundIn = any Channel
    typealias InboundOut = any Channel
    typealias OutboundIn = Never
    typealias OutboundOut = Never

    private let pause: TimeAmount
    private let logInterval: TimeAmount
    private let logger: Logger
    private var pausedUntil: NIODeadline?
    private var readWanted = false
    private var failuresSinceLine = 0
    private var lastLine: NIODeadline?

    init(pause: TimeAmount = .milliseconds(100), logInterval: TimeAmount = .seconds(10), logger: Logger) {
        self.pause = pause
        self.logInterval = logInterval
        self.logger = logger
    }

    static func isOutOfResources(_ error: any Error) -> Bool {
        guard let error = error as? IOError else { return false }
        return [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(error.errnoCode)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard Self.isOutOfResources(error) else {
            context.fireErrorCaught(error)
            return
        }
        note(error)
        guard pausedUntil == nil else { return }
        let until = NIODeadline.now() + pause
        pausedUntil = until
        context.eventLoop.assumeIsolated().scheduleTask(deadline: until) {
            self.pausedUntil = nil
            if self.readWanted {
                self.readWanted = false
                context.read()
            }
        }
    }

    func read(context: ChannelHandlerContext) {
        guard pausedUntil == nil else {
            readWanted = true
            return
        }
        context.read()
    }

    private func note(_ error: any Error) {
        failuresSinceLine += 1
        let now = NIODeadline.now()
        if let lastLine, now < lastLine + logInterval { return }
        logger.error("cannot accept connections, pausing", metadata: [
            "error": "\(error)",
            "failures": "\(failuresSinceLine)",
        ])
        failuresSinceLine = 0
        lastLine = now
    }
}
