import Crypto
import Foundation
import ICalendar
import Logging
import SamkalCore
import SamkalPublishing
import SamkalStore

/// Renders subscription feeds from the store and keeps them until the plan, the
/// participants or the agreement change.
public actor FeedService {
    let store: SQLiteStore
    let builder: FeedBuilder
    /// How long a cancelled meeting stays in feeds (as STATUS:CANCELLED) after it was cancelled.
    let keepCancelledSeconds: Int
    let language: Language
    private var generation: FeedGeneration?
    private var cache: [Int64: RenderedFeed] = [:]
    private let metrics: ServerMetrics

    public init(store: SQLiteStore, keepCancelledDays: Int = 30, language: Language = .nb, metrics: ServerMetrics) {
        self.store = store
        self.builder = FeedBuilder()
        self.keepCancelledSeconds = keepCancelledDays * 86_400
        self.language = language
        self.metrics = metrics
    }

    /// The feed for a token, or `nil` for an unknown or revoked one (the caller answers 404
    /// without saying which).
    public func feed(token: String, now: UTCTimestamp) async throws -> RenderedFeed? {
        guard FeedToken.looksValid(token),
              let subscription = try await store.feed(tokenHash: FeedToken.hash(token))
        else { return nil }
        let current = try await store.feedGeneration()
        if current != generation {
            cache = [:]
            generation = current
        }
        if let cached = cache[subscription.id] { return cached }
        let started = ContinuousClock.now
        let rendered = try await render(subscription, now: now)
        metrics.renderTime.record(ContinuousClock.now - started)
        cache[subscription.id] = rendered
        return rendered
    }

    private func render(_ subscription: FeedSubscription, now: UTCTimestamp) async throws -> RenderedFeed {
        guard let agreement = try await agreement(for: subscription) else {
            throw StoreError.noAgreement
        }
        let participants = try await store.participants(agreementID: agreement.id)
        let changed = try await store.meetingChangeTimes(agreementID: agreement.id)
        let cutoff = now.secondsSince1970 - keepCancelledSeconds
        let meetings = try await store.meetings(agreementID: agreement.id).filter { meeting in
            meeting.status != .cancelled || (changed[meeting.uid]?.secondsSince1970 ?? 0) >= cutoff
        }
        let scope: FeedScope = switch subscription.kind {
        case .person: .person(subscription.subject)
        case .party: .party(subscription.subject)
        case .agreement: .agreement
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
            participants: Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            stamps: changed
        )
        let body = Data(try calendar.serialized().utf8)
        let inScope = meetings.filter(scope.includes)
        let lastChange = inScope.compactMap { changed[$0.uid]?.secondsSince1970 }.max()
            ?? changed.values.map(\.secondsSince1970).max() ?? 0
        return RenderedFeed(
            body: body,
            etag: "\"" + SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined() + "\"",
            lastModified: Date(timeIntervalSince1970: Double(lastChange)),
            meetingCount: calendar.events.count
        )
    }

    private func agreement(for subscription: FeedSubscription) async throws -> Agreement? {
        switch subscription.kind {
        case .agreement: try await store.agreement(id: subscription.subject)
        default: try await store.agreement(id: nil)
        }
    }
}
