import Hummingbird
import Logging

/// One structured log line per request, naming the route it matched (never the raw path,
/// which may hold a feed token in any spelling), and the request counted for `/metrics`.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let path = FeedPath.loggedRoute(of: request.uri.path)
        let route = path == FeedPath.route ? "/feeds" : path
        do {
            let response = try await next(request, context)
            record(request, path: path, route: route, status: response.status.code, started: started)
            return response
        } catch let error as HTTPError {
            record(request, path: path, route: route, status: error.status.code, started: started)
            throw error
        } catch {
            record(request, path: path, route: route, status: 500, started: started)
            throw error
        }
    }

    private func record(_ request: Request, path: String, route: String, status: Int, started: ContinuousClock.Instant) {
        let known = ["/feeds", "/healthz", "/metrics"].contains(route) || route.hasPrefix(APIRoutes.prefix + "/")
        metrics.countRequest(route: known ? route : "other", status: status)
        logger.info("request", metadata: [
            "method": "\(request.method.rawValue)",
            "route": "\(path)",
            "status": "\(status)",
            "duration_ms": "\(RequestTiming.milliseconds(since: started))",
        ])
    }

}
