import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes
import SamkalCore

/// Answers `GET`/`HEAD /feeds/{token}.ics` for feeds already rendered straight from the
/// event loop, in the HTTP pipeline Hummingbird builds, without starting a task for the
/// request. Calendar clients poll; nearly every request is for a feed that has not
/// changed, and this is what lets the server keep up with them (Benchmarks/README.md).
///
/// Everything else — a feed not rendered yet or changed since, unknown tokens, other
/// paths — goes on to the router untouched, which renders, caches and answers. The answers
/// are the same either way (`FeedResponse`), with the same access log and metrics.
/// A request is answered here only when the router has no earlier request of the same
/// connection still to answer, so responses never overtake each other (HTTP/1.1
/// pipelining).
final class FeedFastPath: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let service: FeedService
    private let metrics: ServerMetrics
    private let logger: Logger
    private let serverName: String

    /// Requests passed to the router whose response has not ended yet.
    private var routerRequestsInFlight = 0
    /// Set while a request answered here is still being read (its remaining parts are
    /// dropped): whether to close the connection after it (`Connection: close`).
    private var closeAfterAnswer: Bool?

    init(service: FeedService, metrics: ServerMetrics, logger: Logger, serverName: String) {
        self.service = service
        self.metrics = metrics
        self.logger = logger
        self.serverName = serverName
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch part {
        case .head(let request):
            if routerRequestsInFlight == 0, let answer = answer(request) {
                closeAfterAnswer = request.headerFields[.connection]?.lowercased() == "close"
                write(answer, context: context)
            } else {
                routerRequestsInFlight += 1
                context.fireChannelRead(data)
            }
        case .body, .end:
            guard let close = closeAfterAnswer else {
                context.fireChannelRead(data)
                return
            }
            if case .end = part {
                closeAfterAnswer = nil
                if close { context.close(promise: nil) }
            }
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { routerRequestsInFlight = max(0, routerRequestsInFlight - 1) }
        context.write(data, promise: promise)
    }

    private struct Answer {
        let head: HTTPResponse
        let body: ByteBuffer?
        let started: ContinuousClock.Instant
        let method: HTTPRequest.Method
    }

    /// The answer for a rendered, current feed; `nil` for anything the router must see.
    private func answer(_ request: HTTPRequest) -> Answer? {
        let started = ContinuousClock.now
        guard request.method == .get || request.method == .head,
              let path = request.path, let found = FeedPath.token(in: path)
        else { return nil }
        let token = String(found)
        let seconds = Int(Date().timeIntervalSince1970)
        guard let feed = service.cachedFeed(token: token, now: UTCTimestamp(secondsSince1970: seconds)) else { return nil }
        let notModified = FeedResponse.isNotModified(request.headerFields, feed: feed)
        var headers = FeedResponse.headers(for: feed, notModified: notModified)
        headers[.date] = HTTPDate.current(secondsSince1970: seconds)
        headers[.server] = serverName
        return Answer(
            head: HTTPResponse(status: notModified ? .notModified : .ok, headerFields: headers),
            body: notModified || request.method == .head ? nil : feed.body,
            started: started,
            method: request.method
        )
    }

    private func write(_ answer: Answer, context: ChannelHandlerContext) {
        context.write(wrapOutboundOut(.head(answer.head)), promise: nil)
        if let body = answer.body { context.write(wrapOutboundOut(.body(body)), promise: nil) }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        let status = answer.head.status.code
        metrics.countFeedAnswer(notModified: status == 304)
        logger.info("request", metadata: [
            "method": "\(answer.method.rawValue)",
            "route": "\(FeedPath.route)",
            "status": "\(status)",
            "duration_ms": "\(RequestTiming.milliseconds(since: answer.started))",
        ])
    }
}
