import Crypto
import Foundation
import Logging
import NIOCore
import SamkalCore
import SamkalPublishing
import SamkalService
import SamkalStore
import Synchronization

/// Renders subscription feeds from the store once per change and serves them from memory.
///
/// A request costs a token hash and the store's change stamp (two `stat` calls; it changes
/// whenever anything is committed — a plan, a revocation, a participant); only when it
/// changed, or on the first request for a feed, is the store read and the feed rendered.
public final class FeedService: Sendable {
    let store: any SamkalStore
    /// The one feed-rendering use case, shared with `samkal plan --ics`.
    let rendering: FeedRendering
    private let metrics: ServerMetrics

    private struct State {
        var dataVersion: StoreChangeStamp?
        /// Rendered feeds by token hash.
        var feeds: [String: RenderedFeed] = [:]
    }

    private let state = Mutex(State())

    public init(store: any SamkalStore, keepCancelledDays: Int = 30, language: Language = .nb, metrics: ServerMetrics) {
        self.store = store
        self.rendering = FeedRendering(store: store, keepCancelledDays: keepCancelledDays, language: language)
        self.metrics = metrics
    }

    /// The feed for a token, or `nil` for an unknown or revoked one (the caller answers 404
    /// without saying which).
    public func feed(token: String, now: UTCTimestamp) async throws -> RenderedFeed? {
        guard FeedToken.looksValid(token) else { return nil }
        if let cached = cachedFeed(token: token, now: now) { return cached }
        let hash = FeedToken.hash(token)
        let version = store.changeStamp()
        guard let subscription = try await store.feed(tokenHash: hash) else { return nil }
        let started = ContinuousClock.now
        let rendered = try await render(subscription, now: now)
        metrics.renderTime.record(ContinuousClock.now - started)
        state.withLock { state in
            if state.dataVersion == version { state.feeds[hash] = rendered }
        }
        return rendered
    }

    /// The feed if it is rendered and still current, without waiting for anything: what
    /// the event loop's fast path serves. `nil` means "ask ``feed(token:now:)``" (not
    /// rendered yet, changed since, or not a feed at all).
    public func cachedFeed(token: String, now: UTCTimestamp) -> RenderedFeed? {
        guard FeedToken.looksValid(token) else { return nil }
        let hash = FeedToken.hash(token)
        let version = store.changeStamp()
        let cached: RenderedFeed? = state.withLock { state in
            if state.dataVersion != version {
                state.dataVersion = version
                state.feeds = [:]
            }
            return state.feeds[hash]
        }
        guard let cached, cached.validUntil.map({ now.secondsSince1970 < $0 }) ?? true else { return nil }
        return cached
    }

    private func render(_ subscription: FeedSubscription, now: UTCTimestamp) async throws -> RenderedFeed {
        let scope: FeedScope = switch subscription.kind {
        case .person: .person(subscription.subject)
        case .party: .party(subscription.subject)
        case .agreement: .agreement
        }
        let feed = try await rendering.render(scope, agreementID: subscription.kind == .agreement ? subscription.subject : nil, now: now)
        let body = Data(feed.text.utf8)
        return RenderedFeed(
            body: ByteBuffer(bytes: body),
            etag: "\"" + HexDigest.lowercase(SHA256.hash(data: body)) + "\"",
            lastModified: Date(timeIntervalSince1970: Double(feed.lastModified)),
            meetingCount: feed.eventCount,
            validUntil: feed.validUntil
        )
    }
}
