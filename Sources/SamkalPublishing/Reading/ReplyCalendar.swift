import ICalendar
import SamkalCore

/// One problem libical found in an input, with its line (1 when it does not say).
public struct CalendarLineProblem: Sendable, Hashable {
    public let line: Int
    public let property: String?
    /// libical's own words, for what samkal has no sentence of its own.
    public let message: String
    /// What samkal's own checks found, in the user's language.
    public let problem: InputProblem?

    public func message(in language: Language) -> String {
        problem?.message(in: language) ?? message
    }
}

/// Why a calendar object is not a usable reply.
public enum ReplyCalendarProblem: Error, Sendable, Hashable {
    /// Not an iCalendar object at all.
    case notICalendar(String)
    /// libical found errors.
    case invalid([CalendarLineProblem])
    case notAReply(method: String?)
    case missingUID(index: Int)
    /// The VEVENT at this position (1-based) has no DTSTART, so it cannot be read.
    case missingStart(index: Int)
    /// No VEVENT at all: nothing to record.
    case noEvents
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
                throw .invalid(problems.map { problem in
                    CalendarLineProblem(
                        line: problem.line ?? 1, property: problem.property, message: problem.message,
                        problem: problem.kind.map { CalendarDiagnostics.inputProblem($0, property: problem.property ?? "") }
                    )
                })
            default:
                throw .notICalendar(error.description)
            }
        }
        // An event libical's reader skips (no DTSTART) is an error, not silently no answer.
        let read = calendars.reduce(0) { $0 + $1.events.count }
        let written = eventBlocks(in: text)
        if read < written.count {
            let known = Set(calendars.flatMap(\.events).map(\.uid))
            let index = written.firstIndex { !known.contains($0) } ?? read
            throw .missingStart(index: index + 1)
        }
        guard read > 0 else { throw .noEvents }
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

    /// The UID of each VEVENT as written, in order ("" when it has none).
    private static func eventBlocks(in text: String) -> [String] {
        var uids: [String] = []
        var inside = false
        for line in text.split(whereSeparator: \.isNewline) {
            let upper = line.uppercased()
            if upper.hasPrefix("BEGIN:VEVENT") {
                inside = true
                uids.append("")
            } else if upper.hasPrefix("END:VEVENT") {
                inside = false
            } else if inside, upper.hasPrefix("UID:"), uids.last == "" {
                uids[uids.count - 1] = String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces)
            }
        }
        return uids
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
