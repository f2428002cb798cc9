/// What samkal says about its identity provider settings.
public enum OpenIDText: Sendable, Hashable {
    case invalidIssuer(String)
    case audienceRequired
    case accepting(issuer: String)

    public func text(in language: Language) -> String {
        switch self {
        case .invalidIssuer(let value):
            language.pick(
                nb: "--oidc-issuer: '\(value)' er ikke en https-adresse (http bare til denne maskinen)",
                nn: "--oidc-issuer: '\(value)' er ikkje ei https-adresse (http berre til denne maskina)",
                en: "--oidc-issuer: '\(value)' is not an https address (http only to this machine)"
            )
        case .audienceRequired:
            language.pick(
                nb: "--oidc-audience: oppgi samkals klient-id hos identitetsleverandøren (eller $SAMKAL_OIDC_AUDIENCE)",
                nn: "--oidc-audience: oppgi klient-id-en til samkal hos identitetsleverandøren (eller $SAMKAL_OIDC_AUDIENCE)",
                en: "--oidc-audience: give samkal's client id at the identity provider (or $SAMKAL_OIDC_AUDIENCE)"
            )
        case .accepting(let issuer):
            language.pick(
                nb: "API-et godtar innlogging fra \(issuer) og personlige tilgangsnøkler",
                nn: "API-et godtek innlogging frå \(issuer) og personlege tilgangsnøklar",
                en: "the API accepts sign-ins from \(issuer) and personal access tokens"
            )
        }
    }
}
