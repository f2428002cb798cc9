import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP connection to the server on loopback, byte by byte, for clients that misbehave:
/// silent ones, slow ones, too many. Its calls block, so tests run them with `offThePool`
/// (never on the cooperative threads the server's router needs).
final class RawConnection: @unchecked Sendable {
    private let socketDescriptor: Int32

    /// Connects to 127.0.0.1:`port`; `nil` if the connection cannot be made.
    init?(port: Int) {
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
        socketDescriptor = descriptor
    }

    deinit { close(socketDescriptor) }

    /// Sends `text`; `false` when the server has closed the connection.
    @discardableResult
    func send(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            #if os(Linux)
            let flags = Int32(MSG_NOSIGNAL)
            #else
            let flags: Int32 = 0
            #endif
            #if canImport(Glibc)
            return Glibc.send(socketDescriptor, bytes.baseAddress, bytes.count, flags) == bytes.count
            #else
            return Darwin.send(socketDescriptor, bytes.baseAddress, bytes.count, flags) == bytes.count
            #endif
        }
    }

    /// Reads what arrives within `timeout`, until the server closes the connection.
    /// `closed` says whether it did.
    func readUntilClosed(timeout: Duration) -> (closed: Bool, received: String) {
        let deadline = ContinuousClock.now + timeout
        var received: [UInt8] = []
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return (false, String(decoding: received, as: UTF8.self)) }
            switch read(waitingAtMost: left) {
            case .bytes(let bytes): received += bytes
            case .closed: return (true, String(decoding: received, as: UTF8.self))
            case .nothing: continue
            }
        }
    }

    /// Whether the server has closed the connection (without waiting).
    func isClosedByServer() -> Bool {
        if case .closed = read(waitingAtMost: .zero) { return true }
        return false
    }

    /// Sends a `GET` and reads one response (its head and a `Content-Length` body), keeping
    /// the connection open; `nil` if none came within `timeout`. After `nil` the connection
    /// is out of step: an answer that comes late would be read as the next request's.
    ///
    /// The time-out is long: the router answers on the Swift concurrency pool, which tests
    /// that block its threads (waiting for a subprocess, say) can hold for seconds on a
    /// small machine. A slow answer is not what these tests are about; a missing one is.
    func get(_ path: String, timeout: Duration = .seconds(30)) -> String? {
        guard send("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n") else { return nil }
        let deadline = ContinuousClock.now + timeout
        var received: [UInt8] = []
        while ContinuousClock.now < deadline {
            let text = String(decoding: received, as: UTF8.self)
            if let headEnd = text.range(of: "\r\n\r\n") {
                let head = text[..<headEnd.lowerBound].lowercased()
                let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if text.utf8.count - text[..<headEnd.upperBound].utf8.count >= length { return text }
            }
            switch read(waitingAtMost: ContinuousClock.now.duration(to: deadline)) {
            case .bytes(let bytes): received += bytes
            case .closed: return nil
            case .nothing: continue
            }
        }
        return nil
    }

    private enum ReadResult {
        case bytes([UInt8]), closed, nothing
    }

    private func read(waitingAtMost timeout: Duration) -> ReadResult {
        var descriptor = pollfd(fd: socketDescriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return .nothing }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(socketDescriptor, &buffer, buffer.count, 0)
        if count > 0 { return .bytes(Array(buffer[..<count])) }
        if count < 0, errno == EINTR || errno == EAGAIN { return .nothing }
        return .closed  // end of stream, or reset
    }
}

/// Runs blocking work on a Dispatch thread, not on the Swift concurrency pool.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: work()) }
    }
}
