import ArgumentParser
import Foundation
import SamkalSMTP

/// Where invitations are delivered: flags, else `SAMKAL_SMTP_*` environment variables.
/// The password is read only from `SAMKAL_SMTP_PASSWORD` or a file, never from the
/// command line (where other users could see it in the process list).
struct SMTPOptions: ParsableArguments {
    @Option(name: .customLong("smtp-host"), help: "SMTP-tjeneren (standard $SAMKAL_SMTP_HOST).")
    var host: String?
    @Option(name: .customLong("smtp-port"), help: "Porten (standard $SAMKAL_SMTP_PORT, ellers 587).")
    var port: Int?
    @Option(name: .customLong("smtp-security"), help: "starttls (standard) eller none (standard $SAMKAL_SMTP_SECURITY).")
    var security: String?
    @Option(name: .customLong("smtp-user"), help: "Brukernavn for AUTH (standard $SAMKAL_SMTP_USER); passordet fra $SAMKAL_SMTP_PASSWORD eller --smtp-password-file.")
    var user: String?
    @Option(name: .customLong("smtp-password-file"), help: "Fil med passordet (første linje).")
    var passwordFile: String?
    @Option(name: .customLong("smtp-ca-file"), help: "PEM-fil med sertifikatutstedere å stole på (standard $SAMKAL_SMTP_CA_FILE).")
    var caFile: String?
    @Option(name: .customLong("smtp-timeout"), help: "Sekunder å vente på tjeneren (standard 30).")
    var timeoutSeconds: Int = 30

    /// The configuration, or `nil` when no SMTP server is given at all.
    func configuration() throws -> SMTPConfiguration? {
        let environment = ProcessInfo.processInfo.environment
        guard let host = host ?? environment["SAMKAL_SMTP_HOST"], !host.isEmpty else { return nil }
        let securityText = security ?? environment["SAMKAL_SMTP_SECURITY"] ?? "starttls"
        guard let security = SMTPConfiguration.Security(rawValue: securityText.lowercased()) else {
            throw ValidationError("--smtp-security: ukjent verdi «\(securityText)» (starttls eller none)")
        }
        let portText = environment["SAMKAL_SMTP_PORT"]
        guard let port = port ?? (portText.map { Int($0) } ?? 587), (1...65_535).contains(port) else {
            throw ValidationError("SAMKAL_SMTP_PORT: ikke et portnummer: \(portText ?? "")")
        }
        var password = environment["SAMKAL_SMTP_PASSWORD"]
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw ValidationError("--smtp-password-file: kan ikke lese \(passwordFile)")
            }
            password = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        }
        return SMTPConfiguration(
            host: host, port: port, security: security,
            username: user ?? environment["SAMKAL_SMTP_USER"], password: password,
            trustedCertificatesFile: caFile ?? environment["SAMKAL_SMTP_CA_FILE"],
            timeout: .seconds(max(1, timeoutSeconds))
        )
    }
}
