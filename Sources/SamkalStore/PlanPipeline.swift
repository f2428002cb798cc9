import Foundation
import SamkalCore
import Synchronization

/// Plans a region's agreements one after another on a thread of its own while the store's
/// writer reads what they need and records those already planned: a later agreement needs
/// only the earlier ones' meetings (to keep clear of), not their rows. Each agreement's
/// stored meetings are handed over as soon as they are read (`provide`), and its plan is
/// taken in order (`take`).
final class PlanPipeline: Sendable {
    private let stored: HandOver<[PlannedMeeting]>
    private let plans: HandOver<Result<Plan, any Error>>
    private let stopped = Atomic<Bool>(false)

    init(count: Int) {
        stored = HandOver(count: count)
        plans = HandOver(count: count)
    }

    /// Starts planning: `plan(index, stored meetings)` for each index in order, each once its
    /// stored meetings are provided, until one throws or `stop` is called.
    func start(count: Int, _ plan: @escaping @Sendable (Int, [PlannedMeeting]) throws -> Plan) {
        Thread.detachNewThread { [self] in
            for index in 0..<count {
                guard let meetings = stored.take(index), !stopped.load(ordering: .relaxed) else { return }
                let result = Result { try plan(index, meetings) }
                plans.put(index, result)
                if case .failure = result { return }
            }
        }
    }

    /// The stored meetings of agreement `index`, read.
    func provide(_ index: Int, _ meetings: [PlannedMeeting]) {
        stored.put(index, meetings)
    }

    /// The plan of `index`, once made (throws what planning threw).
    func take(_ index: Int) throws -> Plan {
        guard let result = plans.take(index) else { throw CancellationError() }
        return try result.get()
    }

    /// Asks the planning thread to stop after the agreement it is planning (and not to wait
    /// for stored meetings that will not come).
    func stop() {
        stopped.store(true, ordering: .relaxed)
        stored.releaseAll()
    }
}

/// One value per index, put once by one thread and taken by another, which waits for it.
private final class HandOver<Value: Sendable>: Sendable {
    private let values: Mutex<[Value?]>
    private let ready: [DispatchSemaphore]
    private let released = Atomic<Bool>(false)

    init(count: Int) {
        values = Mutex(Array(repeating: nil, count: count))
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    func put(_ index: Int, _ value: Value) {
        values.withLock { $0[index] = value }
        ready[index].signal()
    }

    /// The value of `index`; after `releaseAll`, possibly none (the taker then stops).
    func take(_ index: Int) -> Value? {
        ready[index].wait()
        return values.withLock { $0[index] }
    }

    /// Wakes every taker still waiting: nothing more will be put.
    func releaseAll() {
        guard !released.exchange(true, ordering: .relaxed) else { return }
        for semaphore in ready { semaphore.signal() }
    }
}
