import Prometheus
import Synchronization

/// What `/metrics` reports, in Prometheus text format: requests by status (so the share of
/// 304 answers can be computed), how long rendering a feed takes, and the connections
/// (open, refused over the limit, closed by a time-out).
public final class ServerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    let renderTime: DurationHistogram
    /// Feed requests answered on the event loop from the rendered feed (no task, no router).
    private let answeredFromCache: Counter
    /// The two counters nearly every request goes to, made once.
    private let feedOK: Counter
    private let feedNotModified: Counter
    /// Counters by "route status", made once each (the registry's lookup takes a lock).
    private let counters: Mutex<[String: Counter]>
    /// Connections open now, closed at once over the limit, and closed by a time-out.
    private let openConnections: Gauge
    private let refusedConnections: Counter
    private let idleTimeouts: Counter
    private let headerReadTimeouts: Counter

    public init() {
        renderTime = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "feed", metricName: "render", unitName: "seconds",
                helpText: "Time to render one feed from the store"
            ),
            buckets: [.milliseconds(1), .milliseconds(5), .milliseconds(20), .milliseconds(100), .milliseconds(500), .seconds(2)]
        )
        answeredFromCache = registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "feed", metricName: "answered_from_cache", unitName: "total",
                helpText: "Feed requests answered from the rendered feed on the event loop"
            )
        )
        feedOK = Self.requestCounter(registry, route: "/feeds", status: 200)
        feedNotModified = Self.requestCounter(registry, route: "/feeds", status: 304)
        counters = Mutex(["/feeds 200": feedOK, "/feeds 304": feedNotModified])
        openConnections = registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "http", metricName: "open_connections", unitName: "",
                helpText: "Client connections open now"
            )
        )
        refusedConnections = registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "http", metricName: "refused_connections", unitName: "total",
                helpText: "Connections closed as soon as they were accepted: the connection limit was reached"
            )
        )
        idleTimeouts = Self.timeoutCounter(registry, reason: "idle")
        headerReadTimeouts = Self.timeoutCounter(registry, reason: "header_read")
    }

    func connectionOpened() { openConnections.increment() }
    func connectionClosed() { openConnections.decrement() }
    func countRefusedConnection() { refusedConnections.increment() }
    func countTimeout(headerRead: Bool) { (headerRead ? headerReadTimeouts : idleTimeouts).increment() }

    private static func timeoutCounter(_ registry: PrometheusCollectorRegistry, reason: String) -> Counter {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "http", metricName: "timed_out_connections", unitName: "total",
                helpText: "Connections closed by a time-out: idle, or a request head not complete in time"
            ),
            labels: [("reason", reason)]
        )
    }

    /// A feed answered from the rendered feed on the event loop.
    func countFeedAnswer(notModified: Bool) {
        (notModified ? feedNotModified : feedOK).increment()
        answeredFromCache.increment()
    }

    func countRequest(route: String, status: Int) {
        counter("\(route) \(status)") { Self.requestCounter($0, route: route, status: status) }.increment()
    }

    private static func requestCounter(_ registry: PrometheusCollectorRegistry, route: String, status: Int) -> Counter {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "http", metricName: "requests", unitName: "total",
                helpText: "HTTP requests by route and status"
            ),
            labels: [("route", route), ("status", String(status))]
        )
    }

    /// A request to the API whose credential proved nobody (or that came while its address
    /// was backed off, `reason` "backed_off"), by reason.
    func countAuthenticationFailure(reason: String) {
        counter("auth \(reason)") { registry in
            registry.makeCounter(
                descriptor: MetricNameDescriptor(
                    namespace: "samkal", subsystem: "api", metricName: "authentication_failures", unitName: "total",
                    helpText: "API requests refused for their credential, by reason"
                ),
                labels: [("reason", reason)]
            )
        }.increment()
    }

    /// The counter under `key`, made once (the registry's lookup takes a lock).
    private func counter(_ key: String, make: (PrometheusCollectorRegistry) -> Counter) -> Counter {
        if let counter = counters.withLock({ $0[key] }) { return counter }
        let counter = make(registry)
        counters.withLock { $0[key] = counter }
        return counter
    }

    public func exposition() -> String {
        registry.emitToString()
    }
}
