/// Who a message goes from and to at the SMTP level (MAIL FROM and RCPT TO), which may
/// differ from its From and To headers.
public struct SMTPEnvelope: Sendable, Hashable {
    public let sender: String
    public let recipients: [String]

    public init(sender: String, recipients: [String]) {
        self.sender = sender
        self.recipients = recipients
    }
}
