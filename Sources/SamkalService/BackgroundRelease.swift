import Dispatch

/// Hands the last reference to a large value (a planning session of a year, the meetings
/// read to plan from) to another core, so that freeing its hundreds of thousands of
/// objects does not hold up the answer. Nothing observable changes: the value is only
/// released, later and elsewhere (or not at all, when the process ends first).
enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "samkal.background-release", qos: .utility)

    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        queue.async { _ = box }
    }

    private final class Box<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
