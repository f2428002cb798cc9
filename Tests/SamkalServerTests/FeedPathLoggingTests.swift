import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SamkalCore
import SamkalServer
import Synchronization
import Testing

/// Keeps every log line (message and metadata) a logger writes, at every level.
final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])

    var all: [String] { lines.withLock { $0 } }

    func logger() -> Logger {
        var logger = Logger(label: "test") { _ in Handler(log: self) }
        logger.logLevel = .trace
        return logger
    }

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
            log.append("\(event.level) \(event.message) \(merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        }
    }
}

/// A feed token must never reach a log line, however the path is spelled; and only the one
/// exact spelling is a feed.
struct FeedPathLoggingTests {
    static func spellings(_ token: String) -> [(path: String, isFeed: Bool)] {
        [
            ("/feeds/\(token).ics", true),
            ("/feeds/\(token).ics?x=1", true),
            ("//feeds/\(token).ics", false),
            ("/FEEDS/\(token).ics", false),
            ("/Feeds/\(token).ics", false),
            ("/feeds//\(token).ics", false),
            ("/feeds/\(token).ICS", false),
            ("/feeds/\(token)", false),
            ("/feeds/\(token).ics/", false),
            ("/feeds/./\(token).ics", false),
            ("/x/../feeds/\(token).ics", false),
            ("/feeds/\(token).ics%00", false),
            ("/feeds/%2F\(token).ics", false),
            ("/\(token)", false),
            ("/healthz/\(token)", false),
            ("/metrics?\(token)", false),
        ]
    }

    @Test(arguments: [TestingSetup.router, .live])
    func noSpellingOfAFeedPathLogsTheToken(_ setup: TestingSetup) async throws {
        let fixture = try await ServerFixture.make()
        let token = try #require(fixture.tokens["ola-brattoy"])
        let log = CapturedLog()
        let service = FeedService(store: fixture.store, keepCancelledDays: 30, metrics: fixture.metrics)
        let app = try buildApplication(service: service, metrics: fixture.metrics, host: "127.0.0.1", port: 0, logger: log.logger())
        try await onServerThreads { try await app.test(setup) { client in
            for _ in 0..<2 {  // the second round is answered from the cache (the fast path when live)
                for (path, isFeed) in Self.spellings(token) {
                    let response = try await client.execute(uri: path, method: .get)
                    if path.hasPrefix("/metrics") {
                        #expect(response.status == .ok)
                    } else {
                        #expect(response.status == (isFeed ? .ok : .notFound), "\(path)")
                    }
                }
            }
        } }
        let lines = log.all
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(!line.contains(token), "token in the log: \(line)")
            #expect(!line.contains(String(token.prefix(12))), "part of the token in the log: \(line)")
        }
        #expect(lines.contains { $0.contains("route=/feeds/{token}.ics") })
        #expect(lines.contains { $0.contains("route=other") })
    }
}
