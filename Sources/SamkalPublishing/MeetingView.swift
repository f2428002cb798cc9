import ICalendar
import SamkalCore

/// How one meeting looks in one feed: the need-to-know rule applied to titles,
/// descriptions and attendee lists.
struct MeetingView: Sendable {
    let scope: FeedScope
    let agreement: Agreement
    let participants: [String: Participant]
    let language: Language
    /// Answers to invitations, shown as PARTSTAT while the meeting keeps their SEQUENCE.
    var replies = ReplyBook()

    /// What the feed's owner may see of a meeting about a participant.
    enum Visibility {
        /// Agreement-level meetings, and participant meetings for those who follow the participant.
        case full
        /// The interpreter booked for the meeting: time, place, language.
        case interpreter(language: String)
        /// Everyone else (party and agreement feeds): a pseudonymous title, no case details.
        case pseudonymous
    }

    func visibility(of meeting: PlannedMeeting) -> Visibility {
        guard let participantID = meeting.participantID else { return .full }
        guard case .person(let viewer) = scope else { return .pseudonymous }
        if participants[participantID]?.followerIDs.contains(viewer) == true { return .full }
        if meeting.attendees.contains(where: { $0.id == viewer && $0.role == .interpreter }) {
            return .interpreter(language: participants[participantID]?.language ?? "")
        }
        return .pseudonymous
    }

    func event(for meeting: PlannedMeeting, stamp: UTCTimestamp) -> ICalEvent {
        let zone = ICalDateTime.Form.zoned(meeting.timeZoneID)
        let nb = language == .nb
        var summary = meeting.title
        var description = MeetingDescription.text(for: meeting, agreement: agreement, language: language)
        var attendees = meeting.attendees
        var categories = [meeting.kind.title(in: language), meeting.kind.rawValue]
        switch visibility(of: meeting) {
        case .full:
            if let id = meeting.participantID, let participant = participants[id] {
                summary = "\(meeting.kind.title(in: language)) – \(participant.name) (\(id))"
                description = (nb ? "Deltaker: \(participant.name) (\(id))\n\n" : "Participant: \(participant.name) (\(id))\n\n") + description
            }
        case .interpreter(let spoken):
            summary = nb ? "Tolkeoppdrag (\(spoken))" : "Interpreting (\(spoken))"
            description = nb ? "Tolking, språk: \(spoken)." : "Interpreting, language: \(spoken)."
            attendees = meeting.attendees.filter { $0.isConvener || $0.role == .interpreter }
            categories = [nb ? "Tolkeoppdrag" : "Interpreting"]
        case .pseudonymous:
            description = nb
                ? "Møte om en deltaker i introduksjonsprogrammet. Detaljer vises bare for dem som følger deltakeren."
                : "A meeting about a participant in the introduction programme. Details are shown only to those who follow the participant."
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
