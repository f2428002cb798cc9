import ICalendar
import SamkalCore

/// Builds the iCalendar object of one invitation (iMIP, RFC 6047): METHOD:REQUEST for a
/// new or changed meeting, METHOD:CANCEL for a cancelled one or for someone taken off it.
///
/// The recipient sees the meeting as their own feed shows it (need-to-know): an
/// interpreter gets time, place and language only; someone who does not follow the
/// participant gets the pseudonymous title. ORGANIZER is the convener; every attendee but
/// the convener is asked to answer (RSVP=TRUE). One VTIMEZONE, built by libical.
public struct InvitationBuilder: Sendable {
    public var productID: String

    public init(productID: String = FeedBuilder.defaultProductID) {
        self.productID = productID
    }

    /// The calendar for `task`. `stamp` is the DTSTAMP: when the meeting last changed, so
    /// the same invitation is built byte for byte again.
    /// How much of the meeting the recipient of `task` may see: what the subject may carry.
    public func disclosure(
        for task: InvitationTask, agreement: Agreement, participants: [String: Participant], policy: AccessPolicy? = nil
    ) -> Disclosure {
        (policy ?? AccessPolicy(agreement: agreement, participants: participants))
            .disclosure(of: task.meeting, to: .person(task.attendee.id), asAttendee: task.attendee)
    }

    public func calendar(
        for task: InvitationTask, agreement: Agreement, participants: [String: Participant],
        replies: ReplyBook, stamp: UTCTimestamp, language: Language, policy: AccessPolicy? = nil
    ) -> ICalCalendar {
        var view = MeetingView(
            viewer: .person(task.attendee.id), agreement: agreement, participants: participants,
            language: language, replies: replies, policy: policy
        )
        view.recipient = task.attendee
        var event = view.event(for: task.meeting, stamp: stamp)
        switch task.method {
        case .request:
            event.status = .confirmed
            if !event.attendees.contains(where: { $0.email.lowercased() == task.attendee.email.lowercased() }) {
                event.attendees.append(ICalAttendee(
                    email: task.attendee.email, commonName: task.attendee.name,
                    role: .required, participationStatus: .needsAction, rsvp: true, userType: .individual
                ))
            }
        case .cancel:
            // The people the cancellation is for; RSVP is not asked of a cancellation.
            event.status = .cancelled
            event.attendees = [ICalAttendee(
                email: task.attendee.email, commonName: task.attendee.name,
                role: .required, participationStatus: .needsAction, rsvp: false, userType: .individual
            )]
        }
        return ICalCalendar(
            productID: productID,
            method: task.method == .request ? .request : .cancel,
            timeZones: [ICalTimeZone(task.meeting.timeZoneID)],
            events: [event]
        )
    }

    /// The invitation's calendar object as text, once libical has checked it against the
    /// rules of its METHOD (`icalrestriction_check`), with what the mail's text shows.
    public func validatedText(
        for task: InvitationTask, agreement: Agreement, participants: [String: Participant],
        replies: ReplyBook, stamp: UTCTimestamp, language: Language, policy: AccessPolicy? = nil
    ) throws(InvitationCalendarProblem) -> InvitationCalendar {
        let calendar = calendar(
            for: task, agreement: agreement, participants: participants, replies: replies, stamp: stamp, language: language, policy: policy
        )
        let text: String
        do { text = try calendar.serialized() } catch { throw InvitationCalendarProblem(uid: task.meeting.uid, problems: [error.description]) }
        let report = ICalValidator.validate(text)
        guard report.isValid else {
            throw InvitationCalendarProblem(
                uid: task.meeting.uid,
                problems: report.problems.map(\.message) + (report.passesRestrictions ? [] : ["icalrestriction_check failed"])
            )
        }
        let event = calendar.events[0]
        return InvitationCalendar(text: text, summary: event.summary, location: event.location, description: event.description)
    }
}

/// An invitation's calendar object, checked, and what the mail's text shows of it.
public struct InvitationCalendar: Sendable, Hashable {
    public let text: String
    public let summary: String?
    public let location: String?
    public let description: String?
}

/// libical finds that an invitation breaks the rules of its METHOD.
public struct InvitationCalendarProblem: Error, Sendable, Hashable {
    public let uid: String
    public let problems: [String]
}
