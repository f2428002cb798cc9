import Foundation

/// An iMIP message (RFC 6047): a text and an HTML body for people, and the calendar
/// object for their calendar program, as one `multipart/alternative` email.
///
/// Rendering is a pure function of the value: the same message gives the same bytes, so a
/// message kept in the outbox is sent again exactly as it was first composed.
public struct MailMessage: Sendable, Hashable, Codable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var subject: String
    /// The Date header, seconds since 1970 (UTC).
    public var date: Int
    /// The Message-ID without angle brackets, e.g. `uid.attendee.3@samkal`.
    public var messageID: String
    public var textBody: String
    public var htmlBody: String
    /// The serialised iCalendar object.
    public var calendar: String
    /// Its METHOD (`REQUEST`, `CANCEL`), repeated in the Content-Type as iMIP requires.
    public var calendarMethod: String

    public init(
        from: MailAddress, to: [MailAddress], subject: String, date: Int, messageID: String,
        textBody: String, htmlBody: String, calendar: String, calendarMethod: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.textBody = textBody
        self.htmlBody = htmlBody
        self.calendar = calendar
        self.calendarMethod = calendarMethod
    }

    /// The boundary between the parts. Every part is base64, whose alphabet has no `_`,
    /// so the boundary can never occur inside a part.
    static let boundary = "=_samkal_alternative_0"

    /// The message as it goes over SMTP: headers, a blank line, the parts; CRLF line ends,
    /// no line over 78 characters.
    public func rendered() -> [UInt8] {
        var lines: [String] = [
            "From: " + Self.folded(from.headerValue, fieldName: "From"),
            "To: " + to.map { Self.folded($0.headerValue, fieldName: "To") }.joined(separator: ",\r\n "),
            "Subject: " + HeaderEncoding.unstructured(subject, fieldName: "Subject"),
            "Date: " + MailDate.string(secondsSince1970: date),
            "Message-ID: <" + HeaderEncoding.singleLine(messageID).replacingOccurrences(of: " ", with: "") + ">",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative;\r\n boundary=\"\(Self.boundary)\"",
            "",
            "This is a multi-part message in MIME format.",
        ]
        let method = calendarMethod.uppercased().filter { $0.isLetter }
        let parts: [(header: [String], body: String)] = [
            (["Content-Type: text/plain; charset=UTF-8"], textBody),
            (["Content-Type: text/html; charset=UTF-8"], htmlBody),
            (["Content-Type: text/calendar; charset=UTF-8; method=\(method)", "Content-Disposition: inline"], calendar),
        ]
        for part in parts {
            lines.append("--" + Self.boundary)
            lines += part.header
            lines.append("Content-Transfer-Encoding: base64")
            lines.append("")
            lines.append(Base64.encodeLines(Array(part.body.utf8)).dropLastLineBreak())
        }
        lines.append("--" + Self.boundary + "--")
        lines.append("")
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// An address header folded at its spaces (allowed inside phrases and quoted strings).
    private static func folded(_ value: String, fieldName: String) -> String {
        HeaderEncoding.fold(
            words: value.split(separator: " ", omittingEmptySubsequences: false).map(String.init),
            firstLineUsed: fieldName.count + 2
        )
    }
}

private extension String {
    func dropLastLineBreak() -> String {
        hasSuffix("\r\n") ? String(dropLast()) : self  // "\r\n" is one Character
    }
}
