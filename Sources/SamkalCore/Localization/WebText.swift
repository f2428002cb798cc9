/// The words of samkal's web pages (`samkal serve`), in every language samkal speaks: the
/// menu, the headings and the sentences of Oversikt, Deltaker, Abonnement and sign-in.
public enum WebText: String, Sendable, Hashable, CaseIterable {
    case skipToContent, menu, overview, internalControl, subscriptions, signOut, signedInAs, language
    case meetingsAhead, noMeetingsAhead, when, meeting, place, status, reference
    case unplaced, noUnplaced, reason, notSent, noNotSent, declined, noDeclined, who, answer
    case openActions, noOpenActions, due, what, followed
    case participant, programme, timeline, timelineDescription, attendance, attendanceDescription, minutes, noMinutes, count
    case yourLinks, noLinks, linkLabel, linkKind, linkMade, linkState, active, revoked, revoke
    case makeOwnLink, makeLinkFor, person, party, wholeAgreement, make, newLink, newLinkOnce, subscribeWebcal, subscribeHTTPS, qrCode
    case signedOutTitle, signedOut, signIn, notSignedInTitle, unknownPersonTitle, unknownPerson, signInFailedTitle, signInFailed
    case refusedTitle, notFoundTitle, notFound, year, agreement, show, formRefused

    public func text(in language: Language) -> String {
        switch self {
        case .skipToContent: language.pick(nb: "Gå til innholdet", nn: "Gå til innhaldet", en: "Skip to content")
        case .menu: language.pick(nb: "Meny", nn: "Meny", en: "Menu")
        case .overview: language.pick(nb: "Oversikt", nn: "Oversikt", en: "Overview")
        case .internalControl: language.pick(nb: "Internkontroll", nn: "Internkontroll", en: "Internal control")
        case .subscriptions: language.pick(nb: "Abonnement", nn: "Abonnement", en: "Subscriptions")
        case .signOut: language.pick(nb: "Logg ut", nn: "Logg ut", en: "Sign out")
        case .signedInAs: language.pick(nb: "Innlogget som", nn: "Innlogga som", en: "Signed in as")
        case .language: language.pick(nb: "Språk", nn: "Språk", en: "Language")
        case .meetingsAhead: language.pick(nb: "Møter denne uken og de neste to", nn: "Møte denne veka og dei neste to", en: "Meetings this week and the next two")
        case .noMeetingsAhead: language.pick(nb: "Ingen møter disse ukene.", nn: "Ingen møte desse vekene.", en: "No meetings these weeks.")
        case .when: language.pick(nb: "Når", nn: "Når", en: "When")
        case .meeting: language.pick(nb: "Møte", nn: "Møte", en: "Meeting")
        case .place: language.pick(nb: "Sted", nn: "Stad", en: "Place")
        case .status: language.pick(nb: "Status", nn: "Status", en: "Status")
        case .reference: language.pick(nb: "Referanse", nn: "Referanse", en: "Reference")
        case .unplaced: language.pick(nb: "Møter som ikke kunne legges", nn: "Møte som ikkje kunne leggjast", en: "Meetings that could not be placed")
        case .noUnplaced: language.pick(nb: "Siste plan la alle møtene.", nn: "Siste plan la alle møta.", en: "The last plan placed every meeting.")
        case .reason: language.pick(nb: "Årsak", nn: "Årsak", en: "Reason")
        case .notSent: language.pick(nb: "Innkallinger som ikke er sendt", nn: "Innkallingar som ikkje er sende", en: "Invitations not yet sent")
        case .noNotSent: language.pick(nb: "Alle disse møtene er kalt inn.", nn: "Alle desse møta er kalla inn.", en: "Every one of these meetings has been sent out.")
        case .declined: language.pick(nb: "Avslag", nn: "Avslag", en: "Declined")
        case .noDeclined: language.pick(nb: "Ingen har takket nei.", nn: "Ingen har takka nei.", en: "Nobody has declined.")
        case .who: language.pick(nb: "Hvem", nn: "Kven", en: "Who")
        case .answer: language.pick(nb: "Svar", nn: "Svar", en: "Answer")
        case .openActions: language.pick(nb: "Åpne oppfølgingspunkter", nn: "Opne oppfølgingspunkt", en: "Open action items")
        case .noOpenActions: language.pick(nb: "Ingen åpne oppfølgingspunkter.", nn: "Ingen opne oppfølgingspunkt.", en: "No open action items.")
        case .due: language.pick(nb: "Frist", nn: "Frist", en: "Due")
        case .followed: language.pick(nb: "Deltakere du følger", nn: "Deltakarar du følgjer", en: "Participants you follow")
        case .what: language.pick(nb: "Hva", nn: "Kva", en: "What")
        case .participant: language.pick(nb: "Deltaker", nn: "Deltakar", en: "Participant")
        case .programme: language.pick(nb: "Programperiode", nn: "Programperiode", en: "Programme period")
        case .timeline: language.pick(nb: "Møtene over programperioden", nn: "Møta over programperioden", en: "The meetings over the programme period")
        case .timelineDescription:
            language.pick(
                nb: "Hvert møte er et merke på sin dag; fylt: avholdt, åpent: planlagt, kryss: avlyst. Streken er i dag. Tabellen under har de samme møtene.",
                nn: "Kvart møte er eit merke på dagen sin; fylt: halde, ope: planlagt, kross: avlyst. Streken er i dag. Tabellen under har dei same møta.",
                en: "Each meeting is a mark on its day; filled: held, open: planned, cross: cancelled. The line is today. The table below has the same meetings."
            )
        case .attendance: language.pick(nb: "Oppmøte", nn: "Oppmøte", en: "Attendance")
        case .attendanceDescription:
            language.pick(nb: "Antall møter etter oppmøte i referatet.", nn: "Tal møte etter oppmøte i referatet.", en: "Meetings by the attendance in their minutes.")
        case .minutes: language.pick(nb: "Referat", nn: "Referat", en: "Minutes")
        case .noMinutes: language.pick(nb: "ikke ført", nn: "ikkje ført", en: "not logged")
        case .count: language.pick(nb: "Antall", nn: "Tal", en: "Count")
        case .yourLinks: language.pick(nb: "Kalenderlenker", nn: "Kalenderlenkjer", en: "Calendar links")
        case .noLinks: language.pick(nb: "Ingen lenker ennå.", nn: "Ingen lenkjer enno.", en: "No links yet.")
        case .linkLabel: language.pick(nb: "Kalender", nn: "Kalender", en: "Calendar")
        case .linkKind: language.pick(nb: "Slag", nn: "Slag", en: "Kind")
        case .linkMade: language.pick(nb: "Laget", nn: "Laga", en: "Made")
        case .linkState: language.pick(nb: "Tilstand", nn: "Tilstand", en: "State")
        case .active: language.pick(nb: "aktiv", nn: "aktiv", en: "active")
        case .revoked: language.pick(nb: "trukket tilbake", nn: "trekt attende", en: "revoked")
        case .revoke: language.pick(nb: "Trekk tilbake", nn: "Trekk attende", en: "Revoke")
        case .makeOwnLink: language.pick(nb: "Lag en lenke til din kalender", nn: "Lag ei lenkje til kalenderen din", en: "Make a link to your calendar")
        case .makeLinkFor: language.pick(nb: "Lag en lenke for", nn: "Lag ei lenkje for", en: "Make a link for")
        case .person: language.pick(nb: "Person", nn: "Person", en: "Person")
        case .party: language.pick(nb: "Part", nn: "Part", en: "Party")
        case .wholeAgreement: language.pick(nb: "Hele avtalen", nn: "Heile avtalen", en: "The whole agreement")
        case .make: language.pick(nb: "Lag lenke", nn: "Lag lenkje", en: "Make link")
        case .newLink: language.pick(nb: "Ny lenke", nn: "Ny lenkje", en: "New link")
        case .newLinkOnce:
            language.pick(
                nb: "Lenken vises bare nå. Legg den til i kalenderen din, eller skann koden med telefonen.",
                nn: "Lenkja vert berre vist no. Legg ho til i kalenderen din, eller skann koden med telefonen.",
                en: "The link is shown only now. Add it to your calendar, or scan the code with your phone."
            )
        case .subscribeWebcal: language.pick(nb: "Abonner (webcal)", nn: "Abonner (webcal)", en: "Subscribe (webcal)")
        case .qrCode: language.pick(nb: "QR-kode med kalenderlenken", nn: "QR-kode med kalenderlenkja", en: "QR code of the calendar link")
        case .subscribeHTTPS: language.pick(nb: "Adresse (https)", nn: "Adresse (https)", en: "Address (https)")
        case .signedOutTitle: language.pick(nb: "Logget ut", nn: "Logga ut", en: "Signed out")
        case .signedOut: language.pick(nb: "Du er logget ut.", nn: "Du er logga ut.", en: "You are signed out.")
        case .signIn: language.pick(nb: "Logg inn", nn: "Logg inn", en: "Sign in")
        case .notSignedInTitle: language.pick(nb: "Logg inn", nn: "Logg inn", en: "Sign in")
        case .unknownPersonTitle: language.pick(nb: "Ikke i avtalene", nn: "Ikkje i avtalane", en: "Not in the agreements")
        case .unknownPerson:
            language.pick(
                nb: "Du er logget inn hos identitetsleverandøren, men ingen person i avtalene har din e-postadresse.",
                nn: "Du er logga inn hos identitetsleverandøren, men ingen person i avtalane har e-postadressa di.",
                en: "You are signed in with the identity provider, but no person in the agreements has your email address."
            )
        case .signInFailedTitle: language.pick(nb: "Innloggingen feilet", nn: "Innlogginga feila", en: "Sign-in failed")
        case .signInFailed:
            language.pick(
                nb: "Innloggingen kunne ikke fullføres. Prøv igjen.", nn: "Innlogginga kunne ikkje fullførast. Prøv igjen.",
                en: "The sign-in could not be completed. Try again."
            )
        case .refusedTitle: language.pick(nb: "Ikke tilgang", nn: "Ikkje tilgang", en: "No access")
        case .notFoundTitle: language.pick(nb: "Finnes ikke", nn: "Finst ikkje", en: "Not found")
        case .notFound: language.pick(nb: "Siden finnes ikke.", nn: "Sida finst ikkje.", en: "The page does not exist.")
        case .year: language.pick(nb: "År", nn: "År", en: "Year")
        case .agreement: language.pick(nb: "Avtale", nn: "Avtale", en: "Agreement")
        case .show: language.pick(nb: "Vis", nn: "Vis", en: "Show")
        case .formRefused:
            language.pick(
                nb: "Skjemaet kom ikke fra denne siden (eller økten er ny). Last siden på nytt og prøv igjen; ingenting er endret.",
                nn: "Skjemaet kom ikkje frå denne sida (eller økta er ny). Last sida på nytt og prøv igjen; ingenting er endra.",
                en: "The form did not come from this page (or the session is new). Reload the page and try again; nothing was changed."
            )
        }
    }
}
