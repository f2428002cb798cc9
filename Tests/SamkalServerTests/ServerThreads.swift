import Foundation

/// Threads of their own for the servers the tests run in process.
///
/// Swift Testing runs every test on Swift's concurrency pool, which has one thread per
/// core: two on the CI machine. Many tests elsewhere in the bundle wait for processes they
/// start (the command line, PostgreSQL, Python checkers) and hold a pool thread while they
/// wait; when two do at once, a server in this process answers nobody until one finishes,
/// and a client's read times out. A test body run with this executor as its preference
/// keeps the server, its connections' child tasks, the actors they call and the test's own
/// client off that pool.
final class ServerThreads: TaskExecutor, @unchecked Sendable {
    static let shared = ServerThreads(count: 4)

    private let condition = NSCondition()
    private var queued: [UnownedJob] = []
    private var next = 0

    private init(count: Int) {
        for index in 0..<count {
            let thread = Thread { self.work() }
            thread.name = "samkal-test-server-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        queued.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        let executor = asUnownedTaskExecutor()
        while true {
            condition.lock()
            while next == queued.count { condition.wait() }
            let job = queued[next]
            next += 1
            if next > 1024 {  // drop the jobs already taken, now and then, not on every one
                queued.removeFirst(next)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: executor)
        }
    }
}

/// `body` with the servers' own threads as its executor (see `ServerThreads`).
func onServerThreads<T: Sendable>(_ body: () async throws -> T) async throws -> T {
    try await withTaskExecutorPreference(ServerThreads.shared, operation: body)
}
