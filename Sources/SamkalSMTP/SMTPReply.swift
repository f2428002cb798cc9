/// One reply from an SMTP server: a three-digit code and its text lines (RFC 5321 §4.2).
public struct SMTPReply: Sendable, Hashable, CustomStringConvertible {
    public let code: Int
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    public var description: String { "\(code) " + lines.joined(separator: " / ") }
}
