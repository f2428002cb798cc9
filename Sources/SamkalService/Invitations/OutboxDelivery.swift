import Foundation
import Logging
import SamkalCore
import SamkalSMTP
import SamkalStore

/// Sends what the outbox holds, recording every attempt before the message leaves and
/// every outcome after, so nothing is lost and nothing is sent twice by samkal:
///
/// - a message is marked `sending` (attempt counted) before it is handed to the server;
/// - `sent` only after the server accepted it (250 after DATA);
/// - a refusal for good (5xx for the recipient or the message) → `failed` at once;
/// - a lost connection, a time-out or a 4xx → tried again in this run after 1, 2, 4 …
///   seconds, then left `pending` for the next run with a growing delay (1 min … 6 h),
///   and `failed` after `maximumAttempts`;
/// - a crash after the server accepted but before `sent` was recorded leaves the message
///   `sending`; once its claim lapses the next run sends it again (same bytes, same
///   Message-ID): SMTP cannot tell a client whether a message whose reply it never saw
///   was delivered (RFC 1047).
///
/// Any number of senders (`samkal invite` runs, server instances) may deliver one outbox
/// at once: each message is claimed (`OutboxStore.claimOutbox`) by one of them for `lease`
/// before it leaves, and one another sender holds is passed over.
public struct OutboxDelivery: Sendable {
    public let store: any SamkalStore
    public let clock: @Sendable () -> UTCTimestamp
    /// Who this sender is in the outbox's claims: random, one a run.
    public let senderID: String
    /// How long a claim holds: longer than any one message takes to hand over (the SMTP
    /// client's time-outs are far shorter), so a live sender's message is never taken from it.
    public var lease: Duration = .seconds(600)
    /// Tries per message within one run.
    public var retriesPerRun = 3
    /// The first pause between tries in one run; doubled each time.
    public var retryDelay: Duration = .seconds(1)
    public var maximumAttempts = 10
    public var logger = Logger(label: "samkal.outbox")

    public init(store: any SamkalStore, clock: @escaping @Sendable () -> UTCTimestamp, senderID: String = OutboxDelivery.newSenderID()) {
        self.store = store
        self.clock = clock
        self.senderID = senderID
    }

    /// 16 random bytes in hex, from the system's random source.
    public static func newSenderID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Claims `entry` for this sender (counting the attempt); false when another holds it.
    private func claim(_ entry: OutboxEntry) async throws -> Bool {
        let now = clock()
        return try await store.claimOutbox(id: entry.id, by: senderID, now: now, until: UTCTimestamp(secondsSince1970: now.secondsSince1970 + Int(lease.components.seconds)))
    }

    public struct Summary: Sendable {
        public var sent = 0
        /// Still pending after this run (a temporary failure).
        public var waiting = 0
        public var failed = 0
        /// Why delivery stopped before the queue was done (wrong password, no TLS).
        public var stoppedBy: String?
        public var errors: [String] = []

        public init(sent: Int = 0, waiting: Int = 0, failed: Int = 0, stoppedBy: String? = nil, errors: [String] = []) {
            self.sent = sent
            self.waiting = waiting
            self.failed = failed
            self.stoppedBy = stoppedBy
            self.errors = errors
        }
    }

    /// Writes each message as an `.eml` file in `directory` and leaves the outbox as it is:
    /// the messages stay queued until they are sent, or handed over with `write(_:to:)`.
    /// Returns how many files were written.
    public func export(_ entries: [OutboxEntry], to directory: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for entry in entries {
            let path = (directory as NSString).appendingPathComponent(Self.fileName(for: entry))
            try Data(entry.message).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        return entries.count
    }

    /// Hands each message over as an `.eml` file in `directory` (for a program that delivers
    /// from it) and records it as sent there.
    public func write(_ entries: [OutboxEntry], to directory: String) async throws -> Summary {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var summary = Summary()
        for entry in entries {
            let path = (directory as NSString).appendingPathComponent(Self.fileName(for: entry))
            guard try await claim(entry) else { continue }
            // Atomic: a crash leaves either no file or the whole message, never half.
            try Data(entry.message).write(to: URL(fileURLWithPath: path), options: .atomic)
            try await store.outboxSent(id: entry.id, to: path, now: clock())
            summary.sent += 1
        }
        return summary
    }

    /// Sends the messages over SMTP, one connection for as many as it lasts.
    public func send(_ entries: [OutboxEntry], via client: SMTPClient) async throws -> Summary {
        var summary = Summary()
        var queue = entries[...]
        var failuresThisRun: [Int64: Int] = [:]
        let destination = "smtp://\(client.configuration.host):\(client.configuration.port)"
        while let current = queue.first {
            // Claimed (and counted) before connecting, so a server that cannot be reached
            // counts as a try; a message another sender holds is theirs.
            guard try await claim(current) else {
                queue.removeFirst()
                continue
            }
            var counted: Int64? = current.id
            do {
                try await client.withSession { session in
                    while let entry = queue.first {
                        if counted != entry.id {
                            guard try await claim(entry) else {
                                queue.removeFirst()
                                continue
                            }
                        }
                        counted = nil
                        do {
                            try await session.send(entry.message, envelope: SMTPEnvelope(sender: entry.sender, recipients: [entry.recipient]))
                            try await store.outboxSent(id: entry.id, to: destination, now: clock())
                            summary.sent += 1
                            logger.debug("sent", metadata: ["outbox": "\(entry.id)", "meeting": "\(entry.invitation.meetingUID)"])
                        } catch let error as SMTPError where error.isPermanent {
                            try await store.outboxFailed(id: entry.id, error: error.description, retryAt: nil)
                            summary.failed += 1
                            summary.errors.append("\(entry.recipient): \(error)")
                        }
                        queue.removeFirst()
                    }
                }
            } catch let error as SMTPError where error.isConfigurationProblem {
                for entry in queue {
                    try await store.outboxFailed(id: entry.id, error: error.description, retryAt: clock())
                }
                summary.waiting += queue.count
                summary.stoppedBy = error.description
                return summary
            } catch let error as SMTPError {
                // The connection failed, timed out or got a 4xx while `current` was next.
                let failures = failuresThisRun[current.id, default: 0] + 1
                failuresThisRun[current.id] = failures
                logger.warning("delivery failed", metadata: ["outbox": "\(current.id)", "error": "\(error)", "try": "\(failures)"])
                if failures < retriesPerRun {
                    try await Task.sleep(for: retryDelay * (1 << (failures - 1)))
                    continue
                }
                let attempts = current.attempts + failures
                if attempts >= maximumAttempts {
                    try await store.outboxFailed(id: current.id, error: error.description, retryAt: nil)
                    summary.failed += 1
                } else {
                    let delay = min(60 * (1 << min(attempts - 1, 10)), 6 * 3600)
                    try await store.outboxFailed(
                        id: current.id, error: error.description,
                        retryAt: UTCTimestamp(secondsSince1970: clock().secondsSince1970 + delay)
                    )
                    summary.waiting += 1
                }
                summary.errors.append("\(current.recipient): \(error)")
                queue.removeFirst()
                if case .connectionFailed = error {
                    // The server cannot be reached: the rest wait for the next run too,
                    // instead of each spending its own retries on it.
                    let retryAt = UTCTimestamp(secondsSince1970: clock().secondsSince1970 + 60)
                    for entry in queue {
                        try await store.outboxFailed(id: entry.id, error: error.description, retryAt: retryAt)
                    }
                    summary.waiting += queue.count
                    return summary
                }
            }
        }
        return summary
    }

    /// `<Message-ID>.eml`, with the characters a file name cannot hold replaced.
    static func fileName(for entry: OutboxEntry) -> String {
        entry.messageID.map { $0 == "/" || $0 == "@" ? "_" : $0 } .map(String.init).joined() + ".eml"
    }
}
