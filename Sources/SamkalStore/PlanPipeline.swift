import Foundation
import SamkalCore
import Synchronization

/// Plans a region's agreements one after another on a thread of its own while the store's
/// writer records those already planned: a later agreement needs only the earlier ones'
/// meetings (to keep clear of), not their rows. `take` waits for each plan in order.
final class PlanPipeline: Sendable {
    private let results: Mutex<[Result<Plan, any Error>?]>
    private let ready: [DispatchSemaphore]
    private let stopped = Atomic<Bool>(false)

    init(count: Int) {
        results = Mutex(Array(repeating: nil, count: count))
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    /// Starts planning: `plan(index)` for each index in order, until one throws or `stop` is called.
    func start(_ plan: @escaping @Sendable (Int) throws -> Plan) {
        let count = ready.count
        Thread.detachNewThread { [self] in
            for index in 0..<count {
                if stopped.load(ordering: .relaxed) { return }
                let result = Result { try plan(index) }
                results.withLock { $0[index] = result }
                ready[index].signal()
                if case .failure = result { return }
            }
        }
    }

    /// The plan of `index`, once made (throws what planning threw).
    func take(_ index: Int) throws -> Plan {
        ready[index].wait()
        guard let result = results.withLock({ $0[index] }) else { throw CancellationError() }
        return try result.get()
    }

    /// Asks the planning thread to stop after the agreement it is planning.
    func stop() {
        stopped.store(true, ordering: .relaxed)
    }
}
