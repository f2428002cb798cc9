import Dispatch

/// Maps a pure function over many items on every core, keeping the order: the result is
/// exactly `items.map(transform)`, only sooner. For work that depends on nothing but its
/// item (each participant's meetings expanded from the rules).
enum ParallelMap {
    /// Items are split into this many runs at most (a few per core, so no core waits long).
    private static let maximumRuns = 16

    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [[Result]] {
        let runs = min(items.count, maximumRuns)
        guard runs > 1 else { return [items.map(transform)] }
        var results = [[Result]](repeating: [], count: runs)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each run writes its own element only, so no two threads touch the same memory.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                let first = items.count * run / runs
                let last = items.count * (run + 1) / runs
                buffer[run] = items[first..<last].map(transform)
            }
        }
        return results
    }
}
