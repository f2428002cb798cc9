/// Where and how `samkal invite` delivers mail.
public struct SMTPConfiguration: Sendable, Hashable {
    /// How the connection is protected.
    public enum Security: String, Sendable, Hashable, CaseIterable {
        /// Plain SMTP; only sensible for a relay on the same machine or network.
        case none
        /// STARTTLS is required: a server that does not offer it is an error.
        case starttls
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    /// Never logged and never stored.
    public var password: String?
    /// PEM file of the certificate authorities to trust instead of the system's (a
    /// municipality's internal CA, or a test server's own certificate).
    public var trustedCertificatesFile: String?
    /// The name samkal gives in EHLO.
    public var clientName: String
    /// How long to wait for a connection and for each server reply.
    public var timeout: Duration

    public init(
        host: String, port: Int, security: Security = .starttls, username: String? = nil, password: String? = nil,
        trustedCertificatesFile: String? = nil, clientName: String = "samkal.invalid", timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.trustedCertificatesFile = trustedCertificatesFile
        self.clientName = clientName
        self.timeout = timeout
    }

    /// Whether the server runs on this machine, where a password may travel unencrypted.
    var isLoopback: Bool {
        ["localhost", "127.0.0.1", "::1"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
