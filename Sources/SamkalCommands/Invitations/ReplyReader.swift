import ICalendar
import SamkalCore
import SamkalMail

/// Reads iTIP replies from what people forward or save: a raw `.ics` or a whole email
/// (any MIME structure; the first `text/calendar` or `application/ics` part is used).
enum ReplyReader {
    enum Problem: Error {
        case notUTF8
        case noCalendarPart
        case mime(MIMEError)
        case calendar(ICalError)
        case notAReply(method: String?)
        case missingUID(index: Int)
    }

    /// What a file holds: the replies, and for an email the address in its `From`.
    struct Document {
        let replies: [IncomingReply]
        let sender: String?
    }

    static func read(_ bytes: [UInt8]) throws(Problem) -> Document {
        var calendarBytes = bytes
        var sender: String?
        if MIMEParser.looksLikeEmail(bytes) {
            let message: MIMEPart
            do { message = try MIMEParser.parse(bytes) } catch { throw .mime(error) }
            sender = message.headers.first { $0.name.lowercased() == "from" }.flatMap { address(in: $0.value) }
            guard let part = message.allParts.first(where: { part in
                part.contentType == "text/calendar" || part.contentType == "application/ics"
                    || (part.parameters["name"]?.lowercased().hasSuffix(".ics") ?? false)
            }) else { throw .noCalendarPart }
            calendarBytes = part.body
        }
        guard let text = String(validating: calendarBytes, as: UTF8.self) else { throw .notUTF8 }
        let calendars: [ICalCalendar]
        do { calendars = try ICalCalendar.parse(text) } catch { throw .calendar(error) }
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
                    answers: event.attendees.map { IncomingReply.Answer(email: $0.email, answer: answer($0.participationStatus)) },
                    comment: nil
                ))
            }
        }
        return Document(replies: replies, sender: sender)
    }

    /// The addr-spec of a `From` value: inside `<…>` when there is one, else the whole value.
    static func address(in value: String) -> String? {
        var text = Substring(value)
        if let open = text.lastIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
            text = text[text.index(after: open)..<close]
        }
        let address = text.trimmingCharacters(in: .whitespaces)
        return MailAddress.isValid(address) ? address : nil
    }

    private static func timestamp(_ time: ICalDateTime) -> UTCTimestamp {
        guard let date = LocalDate(year: time.year, month: time.month, day: time.day) else { return UTCTimestamp(secondsSince1970: 0) }
        return UTCTimestamp(date: date, secondOfDay: time.hour * 3600 + time.minute * 60 + time.second)
    }

    private static func answer(_ status: ICalParticipationStatus) -> ParticipationAnswer {
        switch status {
        case .needsAction: .needsAction
        case .accepted: .accepted
        case .declined: .declined
        case .tentative: .tentative
        case .delegated: .delegated
        }
    }
}
