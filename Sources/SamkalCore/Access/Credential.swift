/// How the person behind an operation was known: what the audit log records beside who.
///
/// Over the API the person is proven — a personal access token (personlig tilgangsnøkkel)
/// or a token from the municipality's identity provider. On the server machine itself the
/// operator names the person (`--as`); the operating-system account that ran the command
/// is what vouches for it there.
public enum Credential: Sendable, Hashable, Codable {
    /// The command line on the data directory; the operating-system account that ran it.
    case operatorAccount(String)
    /// A personal access token, by its number (never the secret).
    case accessToken(Int64)
    /// An OpenID Connect token: its issuer and subject.
    case openIDConnect(issuer: String, subject: String)

    /// The stored form: `operator:NAME`, `token:N` or `oidc:SUBJECT@ISSUER`.
    public var stored: String {
        switch self {
        case .operatorAccount(let name): "operator:" + name
        case .accessToken(let id): "token:\(id)"
        case .openIDConnect(let issuer, let subject): "oidc:" + subject + "@" + issuer
        }
    }

    /// The stored form read back; nil for anything else.
    public init?(stored: String) {
        if stored.hasPrefix("operator:") {
            self = .operatorAccount(String(stored.dropFirst("operator:".count)))
        } else if stored.hasPrefix("token:"), let id = Int64(stored.dropFirst("token:".count)) {
            self = .accessToken(id)
        } else if stored.hasPrefix("oidc:") {
            // A subject has no '@' of the issuer's URL after it; the issuer is after the last '@'.
            let rest = stored.dropFirst("oidc:".count)
            guard let at = rest.lastIndex(of: "@") else { return nil }
            self = .openIDConnect(issuer: String(rest[rest.index(after: at)...]), subject: String(rest[..<at]))
        } else {
            return nil
        }
    }

    /// As the audit listing for people shows it: short (the operator's account and the
    /// token's subject are in the JSON and CSV listings, `stored`).
    public func text(in language: Language) -> String {
        switch self {
        case .operatorAccount:
            return language.pick(nb: "lokalt", nn: "lokalt", en: "locally")
        case .accessToken(let id):
            return language.pick(nb: "tilgangsnøkkel \(id)", nn: "tilgangsnøkkel \(id)", en: "access token \(id)")
        case .openIDConnect(let issuer, _):
            // The identity provider's host: `https://login.microsoftonline.com/…/v2.0` → its host.
            let host = issuer.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? issuer
            return language.pick(nb: "innlogget via \(host)", nn: "innlogga via \(host)", en: "signed in via \(host)")
        }
    }

    /// The credential of the operation this task runs for. The API sets it for each request
    /// and the command line for its run, around the use case; every audit entry made
    /// inside takes it (`AuditEntry.init`), so no entry can be written without it.
    @TaskLocal public static var current: Credential?
}
