import SamkalCore
import SamkalPublishing
import SamkalStore

/// One subscription feed as it stands in the store: what `samkal serve` answers and what
/// `samkal plan --ics` writes — the same bytes for the same store, because both call this.
public struct RenderedCalendar: Sendable, Hashable {
    /// The iCalendar text.
    public let text: String
    /// The last change in the feed's scope (seconds since 1970): Last-Modified.
    public let lastModified: Int
    /// When a cancelled meeting drops out and the feed changes by itself, if ever.
    public let validUntil: Int?
    public let eventCount: Int
}

/// Renders a person's, party's or agreement's feed from the stored meetings — not from a
/// plan made up for the purpose — with each event's DTSTAMP at its last change: a new
/// time or place (plan version), an answer recorded for the current version (PARTSTAT),
/// or the invitation sent (STATUS:CONFIRMED).
public struct FeedRendering: Sendable {
    public let store: any SamkalStore
    /// How long a cancelled meeting stays in feeds (as STATUS:CANCELLED) after it was cancelled.
    public let keepCancelledSeconds: Int
    public let language: Language
    let builder = FeedBuilder()

    public init(store: any SamkalStore, keepCancelledDays: Int = 30, language: Language = .nb) {
        self.store = store
        self.keepCancelledSeconds = keepCancelledDays * 86_400
        self.language = language
    }

    /// The feed of `scope`: an agreement's feed of `agreementID` (or of the only one
    /// stored); a person's or party's over every agreement they are in.
    public func render(_ scope: FeedScope, agreementID: String?, now: UTCTimestamp) async throws -> RenderedCalendar {
        try await render([scope], agreementID: agreementID, now: now)[0]
    }

    /// Several feeds from one read of the store, in the order asked: `.agreement` is the
    /// agreement `agreementID` (or the only one stored); a person's or party's feed spans
    /// every stored agreement they are in, each meeting shown by its own agreement's rule
    /// (one person, one calendar). Someone in no agreement gets `agreementID`'s view.
    public func render(_ scopes: [FeedScope], agreementID: String?, now: UTCTimestamp) async throws -> [RenderedCalendar] {
        let agreements = try await store.agreements()
        // The installation's secret only for a feed with deadlines (their UIDs come from it).
        let withDeadlines = scopes.contains { scope in
            guard case .person(let id) = scope else { return false }
            return agreements.contains { AccessPolicy(agreement: $0, participants: [Participant]()).keepsRegistrationDeadlines(id) }
        }
        let identity = withDeadlines ? try await store.identity() : nil
        let replies = ReplyBook(try await store.replies())
        let confirmed = try await store.meetingConfirmationTimes()
        var snapshots: [String: Snapshot] = [:]
        var chosen: Agreement?
        var rendered: [RenderedCalendar] = []
        for scope in scopes {
            var members: [Agreement]
            switch scope {
            case .agreement: members = []
            case .party(let id): members = agreements.filter { $0.party(id) != nil }
            case .person(let id): members = agreements.filter { $0.people[id] != nil }
            }
            if members.isEmpty {
                if chosen == nil { chosen = try await AgreementChoice.resolve(agreementID, in: store) }
                members = chosen.map { [$0] } ?? []
            }
            var sections: [Snapshot] = []
            for agreement in members {
                if let snapshot = snapshots[agreement.id] {
                    sections.append(snapshot)
                    continue
                }
                let snapshot = try await snapshot(of: agreement, replies: replies, confirmed: confirmed)
                snapshots[agreement.id] = snapshot
                sections.append(snapshot)
            }
            rendered.append(try render(scope, from: sections, identity: identity, now: now))
        }
        return rendered
    }

    private func snapshot(of agreement: Agreement, replies: ReplyBook, confirmed: [String: UTCTimestamp]) async throws -> Snapshot {
        let participants = try await store.participants(agreementID: agreement.id)
        let byID = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Snapshot(
            agreement: agreement, participants: byID, policy: AccessPolicy(agreement: agreement, participants: byID),
            versions: try await store.meetingChangeTimes(agreementID: agreement.id),
            replies: replies, confirmed: confirmed,
            meetings: try await store.meetings(agreementID: agreement.id)
        )
    }

    /// What every feed of an agreement is rendered from.
    private struct Snapshot {
        let agreement: Agreement
        let participants: [String: Participant]
        let policy: AccessPolicy
        let versions: [String: UTCTimestamp]
        let replies: ReplyBook
        let confirmed: [String: UTCTimestamp]
        let meetings: [PlannedMeeting]
    }

    private func render(_ scope: FeedScope, from snapshots: [Snapshot], identity: MeetingIdentity?, now: UTCTimestamp) throws -> RenderedCalendar {
        var sections: [FeedSection] = []
        var lastChange = 0
        var nextDrop: Int?
        var anyVersion = 0
        for snapshot in snapshots {
            let part = section(scope, from: snapshot, identity: identity, now: now)
            sections.append(part.section)
            lastChange = max(lastChange, part.lastChange)
            if let drop = part.nextDrop { nextDrop = min(nextDrop ?? drop, drop) }
            anyVersion = max(anyVersion, snapshot.versions.values.map(\.secondsSince1970).max() ?? 0)
        }
        let feed = try builder.text(for: scope, sections: sections, replies: snapshots.first?.replies ?? ReplyBook())
        if lastChange == 0 { lastChange = anyVersion }
        return RenderedCalendar(text: feed.text, lastModified: lastChange, validUntil: nextDrop, eventCount: feed.eventCount)
    }

    private func section(
        _ scope: FeedScope, from snapshot: Snapshot, identity: MeetingIdentity?, now: UTCTimestamp
    ) -> (section: FeedSection, lastChange: Int, nextDrop: Int?) {
        let (agreement, policy, versions, replies, confirmed) = (snapshot.agreement, snapshot.policy, snapshot.versions, snapshot.replies, snapshot.confirmed)
        // When each meeting's content last changed; Last-Modified moves forward on changes
        // and cancellations, and when a cancelled meeting drops out of the feed (its
        // cancellation time + the keep period).
        var changed: [String: UTCTimestamp] = [:]
        var shown: [PlannedMeeting] = []
        var lastChange = 0
        var nextDrop: Int?
        for meeting in snapshot.meetings where !meeting.isReissuedUnderOpaqueUID && policy.disclosure(of: meeting, to: scope.viewer) != .hidden {
            let changedAt = max(
                versions[meeting.uid]?.secondsSince1970 ?? 0,
                replies.lastReceived(for: meeting)?.secondsSince1970 ?? 0,
                meeting.status == .cancelled ? 0 : confirmed[meeting.uid]?.secondsSince1970 ?? 0
            )
            changed[meeting.uid] = UTCTimestamp(secondsSince1970: changedAt)
            guard meeting.status == .cancelled else {
                lastChange = max(lastChange, changedAt)
                shown.append(meeting)
                continue
            }
            let drop = changedAt + keepCancelledSeconds
            if drop <= now.secondsSince1970 {
                lastChange = max(lastChange, drop)
            } else {
                lastChange = max(lastChange, changedAt)
                nextDrop = min(nextDrop ?? drop, drop)
                shown.append(meeting)
            }
        }
        let first = shown.map(\.date).min() ?? LocalDate(dayNumber: now.date.dayNumber)
        let last = shown.map(\.date).max() ?? first
        let plan = Plan(
            agreementID: agreement.id, agreementName: agreement.name,
            range: DateSpan(first: first, last: last)!,
            stamp: UTCTimestamp(date: agreement.revised ?? first), timeZoneID: agreement.timeZoneID,
            language: language, meetings: shown, warnings: [], unplaced: []
        )
        return (
            FeedSection(
                plan: plan, agreement: agreement, participants: snapshot.participants, stamps: changed,
                deadlines: deadlines(for: scope, in: snapshot, identity: identity)
            ),
            lastChange, nextDrop
        )
    }

    /// The NIR registration deadlines of the agreement's participants, for the feed of a
    /// refugee-service contact person (who registers); none in any other feed.
    private func deadlines(for scope: FeedScope, in snapshot: Snapshot, identity: MeetingIdentity?) -> [FeedDeadline] {
        guard case .person(let id) = scope, let identity, snapshot.policy.keepsRegistrationDeadlines(id) else { return [] }
        let agreement = snapshot.agreement
        return snapshot.participants.values.sorted { $0.id < $1.id }.flatMap(RegistrationDeadline.all(for:)).map { deadline in
            FeedDeadline(
                uid: identity.uid(
                    forKey: "\(agreement.id)-nir-\(deadline.participantID)-\(deadline.event.rawValue)-\(deadline.eventDate)",
                    domain: agreement.uidDomain
                ),
                date: deadline.due, summary: deadline.summary(in: language), description: deadline.description(in: language)
            )
        }
    }
}
