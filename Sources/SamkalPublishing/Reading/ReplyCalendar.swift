import ICalendar
import SamkalCore

/// One problem libical found in an input, with its line (1 when it does not say).
public struct CalendarLineProblem: Sendable, Hashable {
    public let line: Int
    public let property: String?
    public let message: String
}

/// Why a calendar object is not a usable reply.
public enum ReplyCalendarProblem: Error, Sendable, Hashable {
    /// Not an iCalendar object at all.
    case notICalendar(String)
    /// libical found errors.
    case invalid([CalendarLineProblem])
    case notAReply(method: String?)
    case missingUID(index: Int)
}

/// iTIP replies (METHOD:REPLY) as the core matches them: one `IncomingReply` per VEVENT,
/// with PARTSTAT mapped to an answer.
public enum ReplyCalendar {
    public static func replies(in text: String) throws(ReplyCalendarProblem) -> [IncomingReply] {
        let calendars: [ICalCalendar]
        do {
            calendars = try ICalCalendar.parse(text)
        } catch {
            switch error {
            case .invalid(let problems):
                throw .invalid(problems.map { CalendarLineProblem(line: $0.line ?? 1, property: $0.property, message: $0.message) })
            default:
                throw .notICalendar(error.description)
            }
        }
        var replies: [IncomingReply] = []
        for calendar in calendars {
            guard calendar.method == .reply else { throw .notAReply(method: calendar.method?.rawValue) }
            for (index, event) in calendar.events.enumerated() {
                guard !event.uid.isEmpty else { throw .missingUID(index: index + 1) }
                replies.append(IncomingReply(
                    uid: event.uid,
                    recurrenceDate: event.recurrenceID.flatMap { LocalDate(year: $0.year, month: $0.month, day: $0.day) },
                    sequence: event.sequence,
                    stamp: timestamp(event.stamp),
                    answers: event.attendees.map { IncomingReply.Answer(email: $0.email, answer: ParticipationAnswer($0.participationStatus)) },
                    comment: nil
                ))
            }
        }
        return replies
    }

    private static func timestamp(_ time: ICalDateTime) -> UTCTimestamp {
        guard let date = LocalDate(year: time.year, month: time.month, day: time.day) else { return UTCTimestamp(secondsSince1970: 0) }
        return UTCTimestamp(date: date, secondOfDay: time.hour * 3600 + time.minute * 60 + time.second)
    }
}

extension ParticipationAnswer {
    /// PARTSTAT → answer (the inverse of the mapping feeds and invitations use).
    init(_ status: ICalParticipationStatus) {
        switch status {
        case .needsAction: self = .needsAction
        case .accepted: self = .accepted
        case .declined: self = .declined
        case .tentative: self = .tentative
        case .delegated: self = .delegated
        }
    }
}
