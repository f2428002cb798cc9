import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import OpenAPIHummingbird
import SamkalCore
import SamkalStore

/// The HTTP interface: `GET|HEAD /feeds/{token}.ics`, `/healthz`, `/metrics`, with `api`
/// the authenticated API under `/api/v1` (`openapi.yaml`), and with `web` too the web pages
/// (`WebPages`).
public func buildRouter(
    service: FeedService, metrics: ServerMetrics, logger: Logger, api: APIConfiguration? = nil, web: WebConfiguration? = nil
) throws -> Router<SamkalRequestContext> {
    let router = Router(context: SamkalRequestContext.self)
    router.add(middleware: AccessLogMiddleware(logger: logger, metrics: metrics))
    if api != nil { router.add(middleware: APIMethodMiddleware()) }
    // Healthy while the store answers: an instance whose database is gone says 503, so a
    // load balancer sends its requests to the others, and 200 again once it is back.
    router.get("/healthz") { _, _ in
        let healthy = (try? await service.store.checkHealth()) != nil
        return Response(
            status: healthy ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: healthy ? "ok\n" : "store unavailable\n"))
        )
    }
    router.get("/metrics") { _, _ in
        Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: metrics.exposition()))
        )
    }
    router.get("/feeds/:file") { request, context in
        try await feedResponse(request, context: context, service: service, includeBody: true)
    }
    router.head("/feeds/:file") { request, context in
        try await feedResponse(request, context: context, service: service, includeBody: false)
    }
    if let api, let web { registerWebRoutes(on: router, api: api, web: web) }
    if let api {
        let group = router.group("api/v1").add(middleware: APIAuthenticationMiddleware(
            authenticator: api.authenticator, backoff: api.backoff, metrics: metrics, logger: logger, clock: api.clock
        ))
        try SamkalAPIHandler(
            store: api.store, identity: api.identity, openID: api.openID, minutesRenderer: api.minutesRenderer,
            invitationRenderer: api.invitationRenderer, reportPage: api.reportPage, smtp: api.smtp, clock: api.clock
        ).registerHandlers(
            on: group, serverURL: URL(string: "/")!, middlewares: [APIInputErrorMiddleware()]
        )
    }
    return router
}

/// Builds the application: the router on `host:port`, graceful shutdown on SIGTERM by the
/// caller's `runService()`.
///
/// The listen backlog is large (Hummingbird's default is 256): calendar clients poll in
/// bursts, and a full accept queue makes the kernel drop SYNs, which clients see as
/// one-second stalls and time-outs rather than as load.
///
/// `limits` keep abusive or forgotten clients from holding the server: every connection's
/// pipeline gets the `ConnectionLimit`'s handler (beyond the limit a connection is closed
/// at once) and `ConnectionDeadlines` (idle and header-read time-outs), both before
/// `FeedFastPath`, so they see every request and response. The listening socket gets
/// `AcceptBackoff`. `onServerRunning` is given the listening channel once it is ready.
public func buildApplication(
    service: FeedService, metrics: ServerMetrics, host: String, port: Int, backlog: Int = 4096,
    limits: ServerLimits = ServerLimits(), logger: Logger, api: APIConfiguration? = nil, web: WebConfiguration? = nil,
    onServerRunning: (@Sendable (any Channel) async -> Void)? = nil
) throws -> some ApplicationProtocol {
    let connectionLimit = ConnectionLimit(maximum: limits.maxConnections, metrics: metrics, logger: logger)
    return Application(
        router: try buildRouter(service: service, metrics: metrics, logger: logger, api: api, web: web),
        server: .http1(configuration: .init(
            additionalChannelHandlers: [
                connectionLimit.handler(),
                ConnectionDeadlines(limits: limits, metrics: metrics, logger: logger),
                FeedFastPath(service: service, metrics: metrics, logger: logger, serverName: "samkal"),
            ]
        )),
        configuration: .init(address: .hostname(host, port: port), serverName: "samkal", backlog: backlog),
        onServerRunning: { channel in
            // Accept many waiting connections per wake-up (NIO's default is 4), so a burst
            // of new subscribers is not kept waiting behind the ones already served.
            _ = try? await channel.setOption(ChannelOptions.maxMessagesPerRead, value: 256).get()
            // Out of descriptors, pause accepting instead of ending the accept loop.
            try? await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(AcceptBackoff(logger: logger), position: .first)
            }.get()
            await onServerRunning?(channel)
        },
        logger: logger
    )
}

private func feedResponse(
    _ request: Request, context: SamkalRequestContext, service: FeedService, includeBody: Bool
) async throws -> Response {
    // The router also matches `//feeds/…` and the like: only the one exact spelling is a feed.
    guard let found = FeedPath.token(in: request.uri.path) else { throw HTTPError(.notFound) }
    let token = String(found)
    let now = UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    let answer: RenderedFeed?
    do {
        answer = try await service.feed(token: token, now: now)
    } catch is StoreUnavailable {
        // The database is away (another instance may still have it): try again soon.
        throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "5"])
    }
    guard let feed = answer else { throw HTTPError(.notFound) }
    if FeedResponse.isNotModified(request.headers, feed: feed) {
        return Response(status: .notModified, headers: FeedResponse.headers(for: feed, notModified: true))
    }
    let body: ResponseBody = includeBody ? .init(byteBuffer: feed.body) : .init()
    return Response(status: .ok, headers: FeedResponse.headers(for: feed, notModified: false), body: body)
}
