import ArgumentParser
import Foundation
import SamkalAuthentication
import SamkalCore

/// `samkal serve --oidc-issuer URL --oidc-audience ID [--oidc-claim NAME]` (or
/// `$SAMKAL_OIDC_ISSUER`, `$SAMKAL_OIDC_AUDIENCE` — comma-separated —, `$SAMKAL_OIDC_CLAIM`):
/// the identity provider whose tokens the API accepts. Without an issuer, only personal
/// access tokens are.
struct OpenIDOptions: ParsableArguments {
    @Option(name: .customLong("oidc-issuer"), help: .localized(.oidcIssuer, valueName: .urlValue)) var issuer: String?
    @Option(name: .customLong("oidc-audience"), help: .localized(.oidcAudience, valueName: .idValue)) var audiences: [String] = []
    @Option(name: .customLong("oidc-claim"), help: .localized(.oidcClaim, valueName: .nameValue)) var claim: String?

    func settings(language: Language) throws -> OpenIDSettings? {
        let environment = ProcessInfo.processInfo.environment
        guard let issuer = issuer ?? environment["SAMKAL_OIDC_ISSUER"].flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
        guard ProtectedAddress.isAllowed(issuer) else { throw ValidationError(OpenIDText.invalidIssuer(issuer).text(in: language)) }
        let audiences = audiences.isEmpty
            ? (environment["SAMKAL_OIDC_AUDIENCE"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            : audiences
        guard !audiences.isEmpty else { throw ValidationError(OpenIDText.audienceRequired.text(in: language)) }
        let claim = claim ?? environment["SAMKAL_OIDC_CLAIM"].flatMap { $0.isEmpty ? nil : $0 } ?? "email"
        return OpenIDSettings(issuer: issuer, audiences: Set(audiences), identityClaim: claim)
    }
}
