import SamkalCore
import SamkalMail
import SamkalPublishing

/// A reply as people forward or save it: a raw `.ics` or a whole email (any MIME
/// structure; the first `text/calendar` or `application/ics` part is used), with the
/// address in the email's `From` — whose answer it may be.
public struct ReplyDocument: Sendable {
    public let replies: [IncomingReply]
    /// The `From` address of an email; `nil` for a bare `.ics`, which says nothing of its sender.
    public let sender: String?

    public enum Problem: Error, Sendable {
        case notUTF8
        case noCalendarPart
        case mime(MIMEError)
        case calendar(ReplyCalendarProblem)
    }

    public static func read(_ bytes: [UInt8]) throws(Problem) -> ReplyDocument {
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
        do {
            return ReplyDocument(replies: try ReplyCalendar.replies(in: text), sender: sender)
        } catch {
            throw .calendar(error)
        }
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
}
