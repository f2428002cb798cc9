import ICalendar
import SamkalCore

/// Builds the iCalendar value of a subscription feed from a plan.
///
/// A feed is a snapshot of calendar data, not an iTIP message: it carries no METHOD
/// (RFC 5546 forbids ATTENDEE under METHOD:PUBLISH). Pure: plan and agreement in, values out.
public struct FeedBuilder: Sendable {
    /// How often subscribers should refresh: REFRESH-INTERVAL and X-PUBLISHED-TTL.
    public var refreshIntervalSeconds: Int
    public var productID: String

    public init(refreshIntervalSeconds: Int = 3600, productID: String = FeedBuilder.defaultProductID) {
        self.refreshIntervalSeconds = refreshIntervalSeconds
        self.productID = productID
    }

    public static let defaultProductID = "-//samkal//samkal samarbeidskalender//NB"

    public func calendar(for scope: FeedScope, plan: Plan, agreement: Agreement) -> ICalCalendar {
        ICalCalendar(
            productID: productID,
            method: nil,
            name: name(of: scope, plan: plan, agreement: agreement),
            refreshIntervalSeconds: refreshIntervalSeconds,
            timeZones: [ICalTimeZone(plan.timeZoneID)],
            events: plan.meetings.filter(scope.includes).map { event(for: $0, plan: plan, agreement: agreement) }
        )
    }

    /// Every feed of the plan: the agreement's, each party's and each person's, in a stable order.
    public func allFeeds(plan: Plan, agreement: Agreement) -> [(scope: FeedScope, calendar: ICalCalendar)] {
        let scopes: [FeedScope] = [.agreement]
            + agreement.parties.map(\.id).sorted().map(FeedScope.party)
            + agreement.sortedPeople.map(\.id).map(FeedScope.person)
        return scopes.map { ($0, calendar(for: $0, plan: plan, agreement: agreement)) }
    }

    private func name(of scope: FeedScope, plan: Plan, agreement: Agreement) -> String {
        switch scope {
        case .agreement:
            return "samkal: \(agreement.name)"
        case .party(let id):
            return "samkal: \(agreement.party(id)?.name ?? id)"
        case .person(let id):
            return "samkal: \(agreement.people[id]?.name ?? id)"
        }
    }

    func event(for meeting: PlannedMeeting, plan: Plan, agreement: Agreement) -> ICalEvent {
        let zone = ICalDateTime.Form.zoned(meeting.timeZoneID)
        let organizer = meeting.organizer
        return ICalEvent(
            uid: meeting.uid,
            stamp: ICalDateTime(
                year: plan.stamp.date.year, month: plan.stamp.date.month, day: plan.stamp.date.day,
                hour: plan.stamp.hour, minute: plan.stamp.minute, second: plan.stamp.second, form: .utc
            ),
            start: ICalDateTime(
                year: meeting.date.year, month: meeting.date.month, day: meeting.date.day,
                hour: meeting.start.hour, minute: meeting.start.minute, form: zone
            ),
            end: ICalDateTime(
                year: meeting.date.year, month: meeting.date.month, day: meeting.date.day,
                hour: meeting.end.hour, minute: meeting.end.minute, form: zone
            ),
            summary: meeting.title,
            description: MeetingDescription.text(for: meeting, agreement: agreement, language: plan.language),
            location: meeting.location,
            organizer: organizer.map { ICalOrganizer(email: $0.email, commonName: $0.name) },
            attendees: meeting.attendees.map { attendee in
                ICalAttendee(
                    email: attendee.email,
                    commonName: attendee.name,
                    role: attendee.isConvener ? .chair : .required,
                    participationStatus: attendee.isConvener ? .accepted : .needsAction,
                    rsvp: !attendee.isConvener,
                    userType: .individual
                )
            },
            categories: [meeting.kind.title(in: plan.language), meeting.kind.rawValue],
            sequence: meeting.sequence,
            status: ICalEventStatus(meeting.status)
        )
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
