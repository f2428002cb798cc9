/// What the `tokens` commands say.
public enum AccessTokenText: Sendable, Hashable {
    case made(id: Int64, person: String, expires: String, secret: String)
    case revoked(Int64)
    case noActiveToken(Int64)
    case lifetimeInvalid(String)
    case lifetimeOutOfRange(Int)
    case personRequired
    case labelTooLong
    /// A token's state in the listing.
    case active, expired, revokedState

    public func text(in language: Language) -> String {
        switch self {
        case .made(let id, let person, let expires, let secret):
            language.pick(
                nb: "Tilgangsnøkkel \(id) for \(person), gyldig til \(expires):\n  \(secret)\nNøkkelen vises bare nå; bare en hash lagres. Bruk den med samkal login --token.",
                nn: "Tilgangsnøkkel \(id) for \(person), gyldig til \(expires):\n  \(secret)\nNøkkelen blir berre vist no; berre ein hash blir lagra. Bruk han med samkal login --token.",
                en: "Access token \(id) for \(person), valid until \(expires):\n  \(secret)\nThe token is shown only now; only a hash is stored. Use it with samkal login --token."
            )
        case .revoked(let id):
            language.pick(nb: "Tilgangsnøkkel \(id) er trukket tilbake.", nn: "Tilgangsnøkkel \(id) er trekt tilbake.", en: "Access token \(id) revoked.")
        case .noActiveToken(let id):
            language.pick(nb: "ingen aktiv tilgangsnøkkel \(id)", nn: "ingen aktiv tilgangsnøkkel \(id)", en: "no active access token \(id)")
        case .lifetimeInvalid(let text):
            language.pick(
                nb: "--expires '\(text)': skriv antall dager, som 90d",
                nn: "--expires '\(text)': skriv tal dagar, som 90d",
                en: "--expires '\(text)': give a number of days, such as 90d"
            )
        case .lifetimeOutOfRange(let days):
            language.pick(
                nb: "--expires \(days)d: en nøkkel virker fra 1 dag til 366 dager",
                nn: "--expires \(days)d: ein nøkkel verkar frå 1 dag til 366 dagar",
                en: "--expires \(days)d: a token lasts from 1 to 366 days"
            )
        case .personRequired:
            language.pick(
                nb: "--person: på tjeneren lager driftsansvarlig nøkler for en navngitt person",
                nn: "--person: på tenaren lagar driftsansvarleg nøklar for ein namngitt person",
                en: "--person: on the server the operator makes tokens for a named person"
            )
        case .labelTooLong:
            language.pick(nb: "--label: høyst 200 tegn", nn: "--label: høgst 200 teikn", en: "--label: at most 200 characters")
        case .active: language.pick(nb: "aktiv", nn: "aktiv", en: "active")
        case .expired: language.pick(nb: "utløpt", nn: "gått ut", en: "expired")
        case .revokedState: language.pick(nb: "trukket tilbake", nn: "trekt tilbake", en: "revoked")
        }
    }
}
