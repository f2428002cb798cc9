/// What samkal says about the address its subscription links are made from.
public enum SubscriptionLinkText: Sendable, Hashable {
    /// The links point at this machine only.
    case loopback(base: String)
    /// The links would travel without TLS.
    case plainHTTP(base: String)
    /// `--base-url` / `SAMKAL_BASE_URL` is not an http(s) URL with a host.
    case invalidBaseURL(source: String, value: String)
    /// The heading before the links `samkal serve` makes on its first start.
    case linksHeading
    /// Where the server listens and the address links are made from.
    case listening(address: String, base: String, directory: String)

    public func text(in language: Language) -> String {
        switch self {
        case .loopback(let base):
            language.pick(
                nb: "merk: lenkene peker på \(base), som bare denne maskinen når – en kalender på en annen maskin eller telefon kommer ikke fram. "
                    + "Oppgi adressen andre når samkal på med --base-url https://kalender.kommune.no (eller SAMKAL_BASE_URL). I lenker som alt er laget, kan du bytte ut \(base) med den adressen.",
                nn: "merk: lenkjene peikar på \(base), som berre denne maskina når – ein kalender på ei anna maskin eller telefon kjem ikkje fram. "
                    + "Oppgje adressa andre når samkal på med --base-url https://kalender.kommune.no (eller SAMKAL_BASE_URL). I lenkjer som alt er laga, kan du byte ut \(base) med den adressa.",
                en: "note: the links point at \(base), which only this machine reaches – a calendar on another computer or phone cannot get there. "
                    + "Give the address others reach samkal at with --base-url https://calendar.example.org (or SAMKAL_BASE_URL). In links already made, you may replace \(base) with that address."
            )
        case .plainHTTP(let base):
            language.pick(
                nb: "merk: \(base) bruker http uten kryptering; lenken er den eneste nøkkelen til kalenderen, og alle på veien kan lese den. Bruk https (samkal serve bak en omvendt proxy med TLS).",
                nn: "merk: \(base) brukar http utan kryptering; lenkja er den einaste nøkkelen til kalenderen, og alle på vegen kan lese ho. Bruk https (samkal serve bak ein omvend proxy med TLS).",
                en: "note: \(base) uses http without encryption; the link is the only key to the calendar, and anyone on the way can read it. Use https (samkal serve behind a reverse proxy with TLS)."
            )
        case .invalidBaseURL(let source, let value):
            language.pick(
                nb: "\(source): '\(value)' er ikke en adresse som https://kalender.kommune.no (http eller https, med vertsnavn)",
                nn: "\(source): '\(value)' er ikkje ei adresse som https://kalender.kommune.no (http eller https, med vertsnamn)",
                en: "\(source): '\(value)' is not an address like https://calendar.example.org (http or https, with a host name)"
            )
        case .linksHeading:
            language.pick(
                nb: "Abonnementslenker (vises bare nå; bare en hash av hver lenke lagres). Lim inn den første lenken i kalenderprogrammets «abonner på kalender», eller åpne webcal-lenken:",
                nn: "Abonnementslenkjer (berre viste no; berre ein hash av kvar lenkje vert lagra). Lim inn den første lenkja i kalenderprogrammet sitt «abonner på kalender», eller opne webcal-lenkja:",
                en: "Subscription links (shown only now; only a hash of each is stored). Paste the first link into a calendar program's “subscribe to calendar”, or open the webcal link:"
            )
        case .listening(let address, let base, let directory):
            language.pick(
                nb: "samkal serve lytter på \(address); lenkene bruker \(base) (data: \(directory)). Stopp med Ctrl-C.",
                nn: "samkal serve lyttar på \(address); lenkjene brukar \(base) (data: \(directory)). Stopp med Ctrl-C.",
                en: "samkal serve is listening on \(address); links use \(base) (data: \(directory)). Stop with Ctrl-C."
            )
        }
    }
}
