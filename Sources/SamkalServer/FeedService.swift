import Crypto
import Foundation
import ICalendar
import Logging
import NIOCore
import SamkalCore
import SamkalPublishing
import SamkalStore
import Synchronization

/// Renders subscription feeds from the store once per change and serves them from memory.
///
/// A request costs a token hash and the store's change stamp (two `stat` calls; it changes
/// whenever anything is committed — a plan, a revocation, a participant); only when it
/// changed, or on the first request for a feed, is the store read and the feed rendered.
public final class FeedService: Sendable {
    let store: SQLiteStore
    let builder = FeedBuilder()
    /// How long a cancelled meeting stays in feeds (as STATUS:CANCELLED) after it was cancelled.
    let keepCancelledSeconds: Int
    let language: Language
    private let metrics: ServerMetrics

    private struct State {
        var dataVersion: StoreChangeStamp?
        /// Rendered feeds by token hash.
        var feeds: [String: RenderedFeed] = [:]
    }

    private let state = Mutex(State())

    public init(store: SQLiteStore, keepCancelledDays: Int = 30, language: Language = .nb, metrics: ServerMetrics) {
        self.store = store
        self.keepCancelledSeconds = keepCancelledDays * 86_400
        self.language = language
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
        guard let agreement = try await agreement(for: subscription) else {
            throw StoreError.noAgreement
        }
        let participants = try await store.participants(agreementID: agreement.id)
        let changed = try await store.meetingChangeTimes(agreementID: agreement.id)
        let cutoff = now.secondsSince1970 - keepCancelledSeconds
        let scope: FeedScope = switch subscription.kind {
        case .person: .person(subscription.subject)
        case .party: .party(subscription.subject)
        case .agreement: .agreement
        }
        let stored = try await store.meetings(agreementID: agreement.id)
        let meetings = stored.filter { meeting in
            meeting.status != .cancelled || (changed[meeting.uid]?.secondsSince1970 ?? 0) >= cutoff
        }
        // Last-Modified moves forward on changes and cancellations, and when a cancelled
        // meeting drops out of the feed (its cancellation time + the keep period).
        let replies = ReplyBook(try await store.replies())
        let confirmed = try await store.meetingConfirmationTimes()
        var lastChange = 0
        var nextDrop: Int?
        let byID = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let policy = AccessPolicy(agreement: agreement, participants: byID)
        for meeting in stored where !meeting.isReissuedUnderOpaqueUID && policy.disclosure(of: meeting, to: scope.viewer) != .hidden {
            // An answer recorded for the meeting's current version changes its PARTSTAT.
            // Sending the invitation (STATUS:CONFIRMED) changes it too.
            let changedAt = max(
                changed[meeting.uid]?.secondsSince1970 ?? 0,
                replies.lastReceived(for: meeting)?.secondsSince1970 ?? 0,
                meeting.status == .cancelled ? 0 : confirmed[meeting.uid]?.secondsSince1970 ?? 0
            )
            guard meeting.status == .cancelled else {
                lastChange = max(lastChange, changedAt)
                continue
            }
            let drop = changedAt + keepCancelledSeconds
            if drop <= now.secondsSince1970 {
                lastChange = max(lastChange, drop)
            } else {
                lastChange = max(lastChange, changedAt)
                nextDrop = min(nextDrop ?? drop, drop)
            }
        }
        let first = meetings.map(\.date).min() ?? LocalDate(dayNumber: now.date.dayNumber)
        let last = meetings.map(\.date).max() ?? first
        let plan = Plan(
            agreementID: agreement.id, agreementName: agreement.name,
            range: DateSpan(first: first, last: last)!,
            stamp: UTCTimestamp(date: agreement.revised ?? first), timeZoneID: agreement.timeZoneID,
            language: language, meetings: meetings, warnings: [], unplaced: []
        )
        let calendar = builder.calendar(
            for: scope, plan: plan, agreement: agreement,
            participants: byID,
            stamps: changed,
            replies: replies
        )
        let body = Data(try calendar.serialized().utf8)
        if lastChange == 0 { lastChange = changed.values.map(\.secondsSince1970).max() ?? 0 }
        let modified = Date(timeIntervalSince1970: Double(lastChange))
        return RenderedFeed(
            body: ByteBuffer(bytes: body),
            etag: "\"" + FeedToken.hex(SHA256.hash(data: body)) + "\"",
            lastModified: modified,
            meetingCount: calendar.events.count,
            validUntil: nextDrop
        )
    }

    private func agreement(for subscription: FeedSubscription) async throws -> Agreement? {
        switch subscription.kind {
        case .agreement: try await store.agreement(id: subscription.subject)
        default: try await store.agreement(id: nil)
        }
    }
}
