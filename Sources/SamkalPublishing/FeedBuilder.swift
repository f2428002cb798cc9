import ICalendar
import SamkalCore

/// Builds the iCalendar value of a subscription feed from a plan.
///
/// A feed is a snapshot of calendar data, not an iTIP message: it carries no METHOD
/// (RFC 5546 forbids ATTENDEE under METHOD:PUBLISH). Each meeting is shown as the feed's
/// owner may see it (ARCHITECTURE.md, "Who may see what"): participant names only to those who
/// follow the participant, interpreters only time, place and language, party and
/// agreement feeds only pseudonymous titles. Minutes and attendance are never in a feed.
public struct FeedBuilder: Sendable {
    /// How often subscribers should refresh: REFRESH-INTERVAL and X-PUBLISHED-TTL.
    public var refreshIntervalSeconds: Int
    public var productID: String

    public init(refreshIntervalSeconds: Int = 3600, productID: String = FeedBuilder.defaultProductID) {
        self.refreshIntervalSeconds = refreshIntervalSeconds
        self.productID = productID
    }

    public static let defaultProductID = "-//samkal//samkal samarbeidskalender//NB"

    /// The feed of `scope`. `participants` gives names to those who follow them; `stamps`
    /// gives each meeting's DTSTAMP (when it last changed), else the plan's stamp.
    public func calendar(
        for scope: FeedScope, plan: Plan, agreement: Agreement,
        participants: [String: Participant] = [:], stamps: [String: UTCTimestamp] = [:], replies: ReplyBook = ReplyBook()
    ) -> ICalCalendar {
        calendar(for: scope, sections: [FeedSection(plan: plan, agreement: agreement, participants: participants, stamps: stamps)], replies: replies)
    }

    /// The feed of `scope` over several agreements (a person or party who works in more
    /// than one): each section's meetings shown by its own agreement's rule, in the order
    /// given. One section gives the same calendar as `calendar(for:plan:agreement:…)`.
    public func calendar(for scope: FeedScope, sections: [FeedSection], replies: ReplyBook = ReplyBook()) -> ICalCalendar {
        var zones: [String] = []
        var events: [ICalEvent] = []
        for section in sections {
            if !zones.contains(section.plan.timeZoneID) { zones.append(section.plan.timeZoneID) }
            let view = MeetingView(
                viewer: scope.viewer, agreement: section.agreement, participants: section.participants, language: section.plan.language, replies: replies
            )
            events += section.plan.meetings.filter { !$0.isReissuedUnderOpaqueUID && view.disclosure(of: $0) != .hidden }.map { meeting in
                view.event(for: meeting, stamp: section.stamps[meeting.uid] ?? section.plan.stamp)
            }
            let stamp = section.plan.stamp
            events += section.deadlines.map { deadline in
                let next = deadline.date.adding(days: 1)
                return ICalEvent(
                    uid: deadline.uid,
                    stamp: ICalDateTime(
                        year: stamp.date.year, month: stamp.date.month, day: stamp.date.day,
                        hour: stamp.hour, minute: stamp.minute, second: stamp.second, form: .utc
                    ),
                    start: .date(year: deadline.date.year, month: deadline.date.month, day: deadline.date.day),
                    end: .date(year: next.year, month: next.month, day: next.day),
                    summary: deadline.summary, description: deadline.description, categories: ["NIR"], isTransparent: true
                )
            }
        }
        return ICalCalendar(
            productID: productID,
            method: nil,
            name: sections.first.map { name(of: scope, agreement: $0.agreement) } ?? "samkal",
            refreshIntervalSeconds: refreshIntervalSeconds,
            timeZones: zones.map { ICalTimeZone($0) },
            events: events
        )
    }

    /// The feed of `scope` as iCalendar text, and how many events it holds.
    public func text(
        for scope: FeedScope, plan: Plan, agreement: Agreement,
        participants: [String: Participant] = [:], stamps: [String: UTCTimestamp] = [:], replies: ReplyBook = ReplyBook()
    ) throws -> (text: String, eventCount: Int) {
        let calendar = calendar(for: scope, plan: plan, agreement: agreement, participants: participants, stamps: stamps, replies: replies)
        return (try calendar.serialized(), calendar.events.count)
    }

    /// The feed of `scope` over several agreements as iCalendar text, and how many events it holds.
    public func text(for scope: FeedScope, sections: [FeedSection], replies: ReplyBook = ReplyBook()) throws -> (text: String, eventCount: Int) {
        let calendar = calendar(for: scope, sections: sections, replies: replies)
        return (try calendar.serialized(), calendar.events.count)
    }

    /// Every feed of the plan: the agreement's, each party's and each person's, in a stable order.
    public func allFeeds(
        plan: Plan, agreement: Agreement, participants: [String: Participant] = [:]
    ) -> [(scope: FeedScope, calendar: ICalCalendar)] {
        FeedScope.all(in: agreement).map { ($0, calendar(for: $0, plan: plan, agreement: agreement, participants: participants)) }
    }

    private func name(of scope: FeedScope, agreement: Agreement) -> String {
        switch scope {
        case .agreement: "samkal: \(agreement.name)"
        case .party(let id): "samkal: \(agreement.party(id)?.name ?? id)"
        case .person(let id): "samkal: \(agreement.people[id]?.name ?? id)"
        }
    }
}

/// One agreement's part of a feed: its meetings as planned, and what shows them.
public struct FeedSection: Sendable {
    public let plan: Plan
    public let agreement: Agreement
    public let participants: [String: Participant]
    public let stamps: [String: UTCTimestamp]
    /// Deadlines shown as all-day entries (NIR registration, in the contact person's feed).
    public let deadlines: [FeedDeadline]

    public init(
        plan: Plan, agreement: Agreement, participants: [String: Participant] = [:], stamps: [String: UTCTimestamp] = [:],
        deadlines: [FeedDeadline] = []
    ) {
        self.plan = plan
        self.agreement = agreement
        self.participants = participants
        self.stamps = stamps
        self.deadlines = deadlines
    }
}

/// A deadline in a feed: an all-day entry that takes no time (TRANSP:TRANSPARENT), with an
/// opaque UID from the installation's secret.
public struct FeedDeadline: Sendable, Hashable {
    public let uid: String
    public let date: LocalDate
    public let summary: String
    public let description: String

    public init(uid: String, date: LocalDate, summary: String, description: String) {
        self.uid = uid
        self.date = date
        self.summary = summary
        self.description = description
    }
}

extension ICalEventStatus {
    init(_ status: MeetingStatus) {
        switch status {
        case .tentative: self = .tentative
        case .confirmed: self = .confirmed
        case .cancelled: self = .cancelled
        }
    }
}
