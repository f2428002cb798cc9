/// What the command line says about its server: signing in and out, and what went wrong.
public enum ClientText: Sendable, Hashable {
    case openInBrowser(url: String, code: String)
    case signedIn(name: String, person: String, server: String)
    case signedOut(server: String)
    case notSignedIn
    case signOutNotReceived(server: String)
    case whoami(name: String, person: String, server: String, via: String)
    case local(directory: String)
    case asRefusedRemotely
    case agreementFileRemotely(String)
    case deliveredByServer(String)
    case planFileRemotely(String)
    case feedFilesRemotely
    case credentialsUnreadable(String)
    case credentialsUnwritable(String)
    case serverUnreachable(String)
    case invalidServer(String)
    case noIdentityProvider(String)
    case providerFailed(String)
    case signInDenied
    case signInExpired
    case credentialRejected(String)
    case notYetRemote(command: String)
    case tokenFromStandardInputEmpty

    public func text(in language: Language) -> String {
        switch self {
        case .openInBrowser(let url, let code):
            language.pick(
                nb: "Åpne \(url) i nettleseren og skriv inn koden \(code). Venter på innloggingen …",
                nn: "Opne \(url) i nettlesaren og skriv inn koden \(code). Ventar på innlogginga …",
                en: "Open \(url) in your browser and enter the code \(code). Waiting for the sign-in …"
            )
        case .signedIn(let name, let person, let server):
            language.pick(
                nb: "Logget inn på \(server) som \(name) (\(person)).",
                nn: "Logga inn på \(server) som \(name) (\(person)).",
                en: "Signed in to \(server) as \(name) (\(person))."
            )
        case .signedOut(let server):
            language.pick(
                nb: "Logget ut fra \(server); legitimasjonen er slettet fra denne maskinen.",
                nn: "Logga ut frå \(server); legitimasjonen er sletta frå denne maskina.",
                en: "Signed out of \(server); the credentials are deleted from this machine."
            )
        case .signOutNotReceived(let server):
            language.pick(
                nb: "\(server) kunne ikke nås, så der gjelder innloggingen til tokenet går ut",
                nn: "\(server) kunne ikkje nåast, så der gjeld innlogginga til tokenet går ut",
                en: "\(server) could not be reached, so the sign-in holds there until its token expires"
            )
        case .notSignedIn:
            language.pick(nb: "ikke logget inn på noen tjener", nn: "ikkje logga inn på nokon tenar", en: "not signed in to any server")
        case .whoami(let name, let person, let server, let via):
            language.pick(
                nb: "\(name) (\(person)) på \(server), \(via)",
                nn: "\(name) (\(person)) på \(server), \(via)",
                en: "\(name) (\(person)) at \(server), \(via)"
            )
        case .local(let directory):
            language.pick(
                nb: "lokalt på datamappen \(directory): hvem du er, sier du selv med --as; kontoen som kan lese mappen, er grensen",
                nn: "lokalt på datamappa \(directory): kven du er, seier du sjølv med --as; kontoen som kan lese mappa, er grensa",
                en: "locally on the data directory \(directory): who you are is what --as says; the account that can read the directory is the boundary"
            )
        case .agreementFileRemotely(let file):
            language.pick(
                nb: "--agreement \(file): mot en tjener velger --agreement en lagret avtale etter id; avtalefiler leses inn på tjeneren",
                nn: "--agreement \(file): mot ein tenar vel --agreement ei lagra avtale etter id; avtalefiler blir lesne inn på tenaren",
                en: "--agreement \(file): against a server --agreement names a stored agreement by id; agreement files are read in on the server"
            )
        case .deliveredByServer(let option):
            language.pick(
                nb: "\(option): mot en tjener leverer tjeneren innkallingene, med sin egen e-posttjener",
                nn: "\(option): mot ein tenar leverer tenaren innkallingane, med sin eigen e-posttenar",
                en: "\(option): against a server the server delivers the invitations, with its own mail server"
            )
        case .planFileRemotely(let file):
            language.pick(
                nb: "\(file): mot en tjener planlegger samkal plan en lagret avtale etter id; avtalefiler leses inn på tjeneren",
                nn: "\(file): mot ein tenar planlegg samkal plan ei lagra avtale etter id; avtalefiler blir lesne inn på tenaren",
                en: "\(file): against a server samkal plan plans a stored agreement by id; agreement files are read in on the server"
            )
        case .feedFilesRemotely:
            language.pick(
                nb: "--ics: mot en tjener skrives ingen kalenderfiler; tjeneren publiserer kalenderne (samkal feeds add gir lenkene)",
                nn: "--ics: mot ein tenar blir ingen kalenderfiler skrivne; tenaren publiserer kalendarane (samkal feeds add gir lenkjene)",
                en: "--ics: against a server no calendar files are written; the server publishes the calendars (samkal feeds add gives the links)"
            )
        case .asRefusedRemotely:
            language.pick(
                nb: "--as: mot en tjener er du den du logget inn som (samkal logout for å arbeide lokalt)",
                nn: "--as: mot ein tenar er du den du logga inn som (samkal logout for å arbeide lokalt)",
                en: "--as: against a server you are who you signed in as (samkal logout to work locally)"
            )
        case .credentialsUnreadable(let path):
            language.pick(nb: "kan ikke lese legitimasjonen i \(path); logg inn på nytt", nn: "kan ikkje lese legitimasjonen i \(path); logg inn på nytt", en: "cannot read the credentials in \(path); sign in again")
        case .credentialsUnwritable(let path):
            language.pick(nb: "kan ikke skrive legitimasjonen til \(path)", nn: "kan ikkje skrive legitimasjonen til \(path)", en: "cannot write the credentials to \(path)")
        case .serverUnreachable(let server):
            language.pick(nb: "får ikke svar fra samkal på \(server)", nn: "får ikkje svar frå samkal på \(server)", en: "no answer from samkal at \(server)")
        case .invalidServer(let server):
            language.pick(
                nb: "--server: '\(server)' er ikke en https-adresse (http bare til denne maskinen)",
                nn: "--server: '\(server)' er ikkje ei https-adresse (http berre til denne maskina)",
                en: "--server: '\(server)' is not an https address (http only to this machine)"
            )
        case .noIdentityProvider(let server):
            language.pick(
                nb: "\(server) har ingen identitetsleverandør; logg inn med --token og en personlig tilgangsnøkkel",
                nn: "\(server) har ingen identitetsleverandør; logg inn med --token og ein personleg tilgangsnøkkel",
                en: "\(server) has no identity provider; sign in with --token and a personal access token"
            )
        case .providerFailed(let where_):
            language.pick(nb: "identitetsleverandøren svarte ikke som ventet (\(where_))", nn: "identitetsleverandøren svarte ikkje som venta (\(where_))", en: "the identity provider did not answer as expected (\(where_))")
        case .signInDenied:
            language.pick(nb: "innloggingen ble avvist", nn: "innlogginga vart avvist", en: "the sign-in was denied")
        case .signInExpired:
            language.pick(nb: "koden gikk ut før innloggingen; prøv samkal login igjen", nn: "koden gjekk ut før innlogginga; prøv samkal login igjen", en: "the code expired before the sign-in; try samkal login again")
        case .credentialRejected(let server):
            language.pick(
                nb: "\(server) godtar ikke lenger legitimasjonen (utløpt eller trukket tilbake); logg inn igjen med samkal login",
                nn: "\(server) godtek ikkje lenger legitimasjonen (gått ut eller trekt tilbake); logg inn igjen med samkal login",
                en: "\(server) no longer accepts the credentials (expired or revoked); sign in again with samkal login"
            )
        case .notYetRemote(let command):
            language.pick(
                nb: "samkal \(command) kan ennå ikke kjøres mot en tjener; kjør den på tjeneren, eller samkal logout for å arbeide lokalt",
                nn: "samkal \(command) kan enno ikkje køyrast mot ein tenar; køyr han på tenaren, eller samkal logout for å arbeide lokalt",
                en: "samkal \(command) cannot run against a server yet; run it on the server, or samkal logout to work locally"
            )
        case .tokenFromStandardInputEmpty:
            language.pick(nb: "--token -: standard inn var tom", nn: "--token -: standard inn var tom", en: "--token -: standard input was empty")
        }
    }
}
