import Dispatch
import Foundation
import Logging
import SamkalServer
import Synchronization
import Testing

/// A sink that can be stuck like a pipe nobody reads, and keeps what it was given.
final class StuckableSink: Sendable {
    private let written = Mutex<[String]>([])
    private let entered = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let stuck = Atomic<Bool>(true)

    var text: String { written.withLock { $0.joined() } }

    func write(_ text: String) {
        entered.signal()
        if stuck.load(ordering: .relaxed) { released.wait() }
        written.withLock { $0.append(text) }
    }

    /// Waits until the writer is inside the sink.
    func waitUntilEntered() -> Bool { entered.wait(timeout: .now() + 5) == .success }

    func unstick() {
        stuck.store(false, ordering: .relaxed)
        released.signal()
    }
}

struct LogBufferTests {
    @Test func whileTheSinkIsStuckLinesAreDroppedAndCountedAndTheCountIsLoggedOnceItDrains() async throws {
        let sink = StuckableSink()
        let buffer = LogBuffer(capacity: 10, label: "test", sink: { sink.write($0) })
        let logger = buffer.logger(label: "test")
        logger.info("first")
        #expect(sink.waitUntilEntered())  // the writer holds "first" and is stuck

        let started = ContinuousClock.now
        for number in 0..<25 { logger.info("line \(number)") }
        #expect(started.duration(to: .now) < .milliseconds(500))  // logging did not wait for the sink
        #expect(buffer.droppedLines == 15)

        sink.unstick()
        let deadline = ContinuousClock.now + .seconds(5)
        while !sink.text.contains("dropped=15"), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        let lines = sink.text.split(separator: "\n")
        #expect(lines.first?.hasSuffix("[SamkalServerTests] first") == true, "\(lines)")
        #expect(lines.filter { $0.contains("line ") }.count == 10)
        #expect(lines.contains { $0.contains("line 9") } && !lines.contains { $0.contains("line 10") })
        let notice = try #require(lines.last)
        #expect(notice.contains("warning") && notice.contains("lines dropped") && notice.contains("dropped=15"), "\(notice)")

        // Drained: nothing more is dropped.
        logger.info("after")
        buffer.flush()
        #expect(buffer.droppedLines == 15)
        #expect(sink.text.contains("[SamkalServerTests] after"))
    }
}
