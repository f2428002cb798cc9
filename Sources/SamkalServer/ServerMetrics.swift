import Prometheus
import Synchronization

/// What `/metrics` reports, in Prometheus text format: requests by status (so the share of
/// 304 answers can be computed) and how long rendering a feed takes.
public final class ServerMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    let renderTime: DurationHistogram
    /// Counters by "route status", made once each (the registry's lookup takes a lock).
    private let counters = Mutex([String: Counter]())

    public init() {
        renderTime = registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "feed", metricName: "render", unitName: "seconds",
                helpText: "Time to render one feed from the store"
            ),
            buckets: [.milliseconds(1), .milliseconds(5), .milliseconds(20), .milliseconds(100), .milliseconds(500), .seconds(2)]
        )
    }

    func countRequest(route: String, status: Int) {
        let key = "\(route) \(status)"
        if let counter = counters.withLock({ $0[key] }) {
            counter.increment()
            return
        }
        let counter = registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "samkal", subsystem: "http", metricName: "requests", unitName: "total",
                helpText: "HTTP requests by route and status"
            ),
            labels: [("route", route), ("status", String(status))]
        )
        counters.withLock { $0[key] = counter }
        counter.increment()
    }

    public func exposition() -> String {
        registry.emitToString()
    }
}
