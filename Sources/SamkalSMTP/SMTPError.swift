/// What went wrong talking to the mail server, and whether trying again later can help.
public enum SMTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The connection could not be made.
    case connectionFailed(String)
    /// The server closed the connection before it answered.
    case connectionClosed
    /// The server did not answer in time.
    case timedOut
    /// A line that is not an SMTP reply.
    case malformedReply(String)
    /// The server answered a command with an error.
    case rejected(command: String, reply: SMTPReply)
    /// STARTTLS was required but not offered.
    case startTLSUnavailable
    /// A password would travel unencrypted to a server on another machine.
    case passwordWithoutTLS
    /// The server offers no authentication mechanism samkal supports (PLAIN, LOGIN).
    case noSupportedAuthentication
    case tls(String)

    /// Whether the message should be given up (5xx on a recipient or the message itself)
    /// rather than retried later.
    public var isPermanent: Bool {
        switch self {
        case .rejected(let command, let reply):
            reply.code >= 500 && (command == "RCPT" || command == "DATA" || command == "MAIL")
        default:
            false
        }
    }

    /// Whether no message can be sent with this configuration (wrong password, no TLS):
    /// delivery stops instead of trying every message.
    public var isConfigurationProblem: Bool {
        switch self {
        case .startTLSUnavailable, .passwordWithoutTLS, .noSupportedAuthentication, .tls: true
        case .rejected(let command, _): command == "AUTH"
        default: false
        }
    }

    public var description: String {
        switch self {
        case .connectionFailed(let reason): "could not connect: \(reason)"
        case .connectionClosed: "the server closed the connection"
        case .timedOut: "the server did not answer in time"
        case .malformedReply(let line): "not an SMTP reply: \(line.prefix(80))"
        case .rejected(let command, let reply): "\(command) rejected: \(reply)"
        case .startTLSUnavailable: "the server does not offer STARTTLS"
        case .passwordWithoutTLS: "refusing to send the password unencrypted (use --smtp-security starttls)"
        case .noSupportedAuthentication: "the server offers neither AUTH PLAIN nor AUTH LOGIN"
        case .tls(let reason): "TLS: \(reason)"
        }
    }
}
