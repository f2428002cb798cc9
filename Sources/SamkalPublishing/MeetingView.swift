import ICalendar
import SamkalCore

/// How one meeting looks to one viewer: the need-to-know rule (`AccessPolicy.disclosure`)
/// applied to titles, descriptions, categories and attendee lists.
struct MeetingView: Sendable {
    let viewer: Viewer
    let policy: AccessPolicy
    let agreement: Agreement
    let language: Language
    /// Answers to invitations, shown as PARTSTAT while the meeting keeps their SEQUENCE.
    var replies = ReplyBook()
    /// The recipient of an invitation, when they are no longer on the meeting (a CANCEL).
    var recipient: MeetingAttendee?

    /// `policy` is the need-to-know rule for `agreement` and `participants`, when the caller
    /// already has it (one per run of invitations, not one per message).
    init(
        viewer: Viewer, agreement: Agreement, participants: [String: Participant], language: Language,
        replies: ReplyBook = ReplyBook(), policy: AccessPolicy? = nil
    ) {
        self.viewer = viewer
        self.policy = policy ?? AccessPolicy(agreement: agreement, participants: participants)
        self.agreement = agreement
        self.language = language
        self.replies = replies
    }

    func disclosure(of meeting: PlannedMeeting) -> Disclosure {
        policy.disclosure(of: meeting, to: viewer, asAttendee: recipient)
    }

    func event(for meeting: PlannedMeeting, stamp: UTCTimestamp) -> ICalEvent {
        let zone = ICalDateTime.Form.zoned(meeting.timeZoneID)
        var summary = meeting.title
        var description = MeetingDescription.text(for: meeting, agreement: agreement, language: language)
        var attendees = meeting.attendees
        var categories = [meeting.kind.title(in: language), meeting.kind.rawValue]
        switch disclosure(of: meeting) {
        case .full:
            if let id = meeting.participantID, let participant = policy.participants[id] {
                summary = "\(meeting.kind.title(in: language)) – \(participant.name) (\(id))"
                let who = "\(participant.name) (\(id))"
                description = language.pick(nb: "Deltaker: \(who)", nn: "Deltakar: \(who)", en: "Participant: \(who)") + "\n\n" + description
            }
        case .interpreter(let spoken):
            let assignment = language.pick(nb: "Tolkeoppdrag", nn: "Tolkeoppdrag", en: "Interpreting")
            summary = spoken.isEmpty ? assignment : "\(assignment) (\(spoken))"
            description = spoken.isEmpty
                ? language.pick(nb: "Tolking.", nn: "Tolking.", en: "Interpreting.")
                : language.pick(nb: "Tolking, språk: \(spoken).", nn: "Tolking, språk: \(spoken).", en: "Interpreting, language: \(spoken).")
            attendees = meeting.attendees.filter { $0.isConvener || $0.role == .interpreter }
            categories = [assignment]
        case .pseudonymous, .hidden:
            description = language.pick(
                nb: "Møte om en deltaker i introduksjonsprogrammet. Detaljer vises bare for dem som følger deltakeren.",
                nn: "Møte om ein deltakar i introduksjonsprogrammet. Detaljar blir berre viste for dei som følgjer deltakaren.",
                en: "A meeting about a participant in the introduction programme. Details are shown only to those who follow the participant."
            )
            attendees = meeting.attendees.filter { $0.role != .interpreter }
        }
        let organizer = meeting.organizer
        return ICalEvent(
            uid: meeting.uid,
            stamp: ICalDateTime(
                year: stamp.date.year, month: stamp.date.month, day: stamp.date.day,
                hour: stamp.hour, minute: stamp.minute, second: stamp.second, form: .utc
            ),
            start: ICalDateTime(
                year: meeting.date.year, month: meeting.date.month, day: meeting.date.day,
                hour: meeting.start.hour, minute: meeting.start.minute, form: zone
            ),
            end: ICalDateTime(
                year: meeting.date.year, month: meeting.date.month, day: meeting.date.day,
                hour: meeting.end.hour, minute: meeting.end.minute, form: zone
            ),
            summary: summary,
            description: description,
            location: meeting.location,
            organizer: organizer.map { ICalOrganizer(email: $0.email, commonName: $0.name) },
            attendees: attendees.map { attendee in
                ICalAttendee(
                    email: attendee.email,
                    commonName: attendee.name,
                    role: attendee.isConvener ? .chair : .required,
                    participationStatus: attendee.isConvener
                        ? .accepted
                        : ICalParticipationStatus(replies.answer(of: attendee.id, to: meeting) ?? .needsAction),
                    rsvp: !attendee.isConvener,
                    userType: .individual
                )
            },
            categories: categories,
            sequence: meeting.sequence,
            status: ICalEventStatus(meeting.status)
        )
    }
}

extension ICalParticipationStatus {
    init(_ answer: ParticipationAnswer) {
        switch answer {
        case .needsAction: self = .needsAction
        case .accepted: self = .accepted
        case .declined: self = .declined
        case .tentative: self = .tentative
        case .delegated: self = .delegated
        }
    }
}
