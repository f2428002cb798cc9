import ArgumentParser
import Foundation
import SamkalCore
import SamkalSMTP

/// Where invitations are delivered: flags, else `SAMKAL_SMTP_*` environment variables.
/// The password is read only from `SAMKAL_SMTP_PASSWORD` or a file, never from the
/// command line (where other users could see it in the process list).
struct SMTPOptions: ParsableArguments {
    @Option(name: .customLong("smtp-host"), help: .localized(.smtpHost, valueName: .serverValue))
    var host: String?
    @Option(name: .customLong("smtp-port"), help: .localized(.smtpPort, valueName: .portValue))
    var port: Int?
    @Option(name: .customLong("smtp-security"), help: .localized(.smtpSecurity, valueName: .securityValue))
    var security: String?
    @Option(name: .customLong("smtp-user"), help: .localized(.smtpUser, valueName: .userNameValue))
    var user: String?
    @Option(name: .customLong("smtp-password-file"), help: .localized(.smtpPasswordFile, valueName: .fileValue))
    var passwordFile: String?
    @Option(name: .customLong("smtp-ca-file"), help: .localized(.smtpCAFile, valueName: .fileValue))
    var caFile: String?
    @Option(name: .customLong("smtp-timeout"), help: .localized(.smtpTimeout, valueName: .secondsValue))
    var timeoutSeconds: Int = 30

    /// The configuration, or `nil` when no SMTP server is given at all.
    func configuration(language: Language) throws -> SMTPConfiguration? {
        let environment = ProcessInfo.processInfo.environment
        guard let host = host ?? environment["SAMKAL_SMTP_HOST"], !host.isEmpty else { return nil }
        let securityText = security ?? environment["SAMKAL_SMTP_SECURITY"] ?? "starttls"
        guard let security = SMTPConfiguration.Security(rawValue: securityText.lowercased()) else {
            throw ValidationError(OptionProblemText.unknownValue(option: "--smtp-security", value: securityText, valid: ["starttls", "none"]).text(in: language))
        }
        let portText = environment["SAMKAL_SMTP_PORT"]
        guard let port = port ?? (portText.map { Int($0) } ?? 587), (1...65_535).contains(port) else {
            throw ValidationError(UserText.portOutOfRange(source: self.port == nil ? "SAMKAL_SMTP_PORT" : "--smtp-port", value: self.port.map(String.init) ?? portText ?? "").text(in: language))
        }
        var password = environment["SAMKAL_SMTP_PASSWORD"]
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw ValidationError("--smtp-password-file: " + UserText.cannotRead(file: passwordFile).text(in: language))
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
