import Dispatch
import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Log lines on their way to a sink that may block — standard error as a pipe nobody
/// reads — kept in a bounded buffer and written by a thread of their own, so logging never
/// waits for the sink and a stuck sink cannot stop the server from answering. When the
/// buffer is full, lines are dropped and counted; once the sink takes lines again, a line
/// says how many were dropped.
public final class LogBuffer: Sendable {
    /// Writes text (whole lines) somewhere, blocking as long as it must.
    public typealias Sink = @Sendable (String) -> Void

    public static let defaultCapacity = 10_000

    /// Lines the buffer holds while the sink is busy.
    public let capacity: Int
    private let sink: Sink
    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)
    /// Writes the line about dropped lines in the same format as every other, straight to the sink.
    private let noticeLogger: Logger

    private struct State {
        var lines: [String] = []
        var droppedSinceNotice = 0
        var droppedInAll = 0
        var writerIsWaiting = false
        var writerIsWriting = false
    }

    public init(capacity: Int = LogBuffer.defaultCapacity, label: String = "samkal", sink: @escaping Sink = LogBuffer.standardError) {
        self.capacity = max(1, capacity)
        self.sink = sink
        noticeLogger = Logger(label: label) { label in
            StreamLogHandler(label: label, stream: SinkStream(sink: sink), metadataProvider: nil)
        }
        let writer = Thread { [self] in writeForever() }
        writer.name = "samkal-log-writer"
        writer.start()
    }

    /// A log handler whose lines (swift-log's usual format) go through this buffer.
    public func handler(label: String) -> StreamLogHandler {
        StreamLogHandler(label: label, stream: BufferStream(buffer: self), metadataProvider: nil)
    }

    /// A logger writing through this buffer.
    public func logger(label: String, level: Logger.Level = .info) -> Logger {
        var logger = Logger(label: label) { self.handler(label: $0) }
        logger.logLevel = level
        return logger
    }

    /// Lines dropped since the buffer was made because it was full.
    public var droppedLines: Int { state.withLock { $0.droppedInAll } }

    /// Queues text for the sink, or drops and counts it when the buffer is full. Never blocks
    /// for longer than it takes to append to an array.
    public func append(_ text: String) {
        let wake = state.withLock { state -> Bool in
            guard state.lines.count < capacity else {
                state.droppedSinceNotice += 1
                state.droppedInAll += 1
                return false
            }
            state.lines.append(text)
            guard state.writerIsWaiting else { return false }
            state.writerIsWaiting = false
            return true
        }
        if wake { wakeUp.signal() }
    }

    /// Waits (up to `timeout`) until everything queued has been written: at shutdown.
    public func flush(timeout: Duration = .seconds(2)) {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let done = state.withLock { $0.lines.isEmpty && $0.droppedSinceNotice == 0 && !$0.writerIsWriting }
            if done { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    private func writeForever() {
        while true {
            let batch = state.withLock { state -> (lines: [String], dropped: Int)? in
                guard !state.lines.isEmpty || state.droppedSinceNotice > 0 else {
                    state.writerIsWaiting = true
                    state.writerIsWriting = false
                    return nil
                }
                defer {
                    state.lines.removeAll(keepingCapacity: true)
                    state.droppedSinceNotice = 0
                    state.writerIsWriting = true
                }
                return (state.lines, state.droppedSinceNotice)
            }
            guard let batch else {
                wakeUp.wait()
                continue
            }
            if !batch.lines.isEmpty { sink(batch.lines.joined()) }
            if batch.dropped > 0 {
                noticeLogger.warning("log buffer was full: lines dropped", metadata: ["dropped": "\(batch.dropped)"])
            }
        }
    }

    /// Writes all of `text` to standard error, however long the pipe or terminal takes.
    public static let standardError: Sink = { text in
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    return  // closed or failing: nothing more can be done with a log line
                }
            }
        }
    }

    private struct BufferStream: TextOutputStream, Sendable {
        let buffer: LogBuffer
        mutating func write(_ string: String) { buffer.append(string) }
    }

    private struct SinkStream: TextOutputStream, Sendable {
        let sink: Sink
        mutating func write(_ string: String) { sink(string) }
    }
}
