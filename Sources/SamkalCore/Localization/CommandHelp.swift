/// What `--help` says about each command: its one-line abstract and, for some, a longer
/// discussion, in every language samkal speaks. The options' own lines are `OptionHelp`;
/// the parser's framing (USAGE:, OPTIONS: …) is `HelpFraming`.
public enum CommandHelp: Sendable, Hashable, CaseIterable {
    case samkal
    case check
    case plan, planRun, planDiff
    case meetings
    case participants, participantsImport, participantsAdd, participantsList, participantsShow, participantsEnd
    case minutes, minutesLog, minutesShow, minutesList
    case busy, busyImport
    case actions, actionsList, actionsDone
    case attendance
    case audit
    case report, reportInternalControl
    case feeds, feedsAdd, feedsList, feedsRevoke, feedsRotate
    case serve
    case migrate
    case invite
    case outbox, outboxList, outboxRetry
    case rsvp, rsvpImport, rsvpList
    case tokens, tokensCreate, tokensList, tokensRevoke
    case login, logout, whoami

    /// The line shown in the command's help and in its parent's list of subcommands.
    public func abstract(in language: Language) -> String {
        switch self {
        case .samkal:
            language.pick(
                nb: "Samarbeidskalender: møtene i samarbeidsavtalen om introduksjonsprogrammet.",
                nn: "Samarbeidskalender: møta i samarbeidsavtalen om introduksjonsprogrammet.",
                en: "Cooperation calendar: the meetings of the cooperation agreement on the introduction programme."
            )
        case .check:
            language.pick(
                nb: "Kontroller en avtalefil og skolerutene den viser til.",
                nn: "Kontroller ei avtalefil og skuleruteane ho viser til.",
                en: "Validate an agreement file and the school-holiday calendars it names."
            )
        case .plan:
            language.pick(
                nb: "Planlegg møtene i en periode, eller vis endringene.",
                nn: "Planlegg møta i ein periode, eller vis endringane.",
                en: "Plan the meetings of a period, or show the changes."
            )
        case .planRun:
            language.pick(
                nb: "Planlegg møtene i en periode og lagre en ny planversjon.",
                nn: "Planlegg møta i ein periode og lagre ein ny planversjon.",
                en: "Plan the meetings of a period and store a new plan version."
            )
        case .planDiff:
            language.pick(
                nb: "Vis hva siste planversjon endret.",
                nn: "Vis kva siste planversjon endra.",
                en: "Show what the last plan version changed."
            )
        case .participants:
            language.pick(
                nb: "Deltakerne i introduksjonsprogrammet.",
                nn: "Deltakarane i introduksjonsprogrammet.",
                en: "The participants of the introduction programme."
            )
        case .participantsImport:
            language.pick(
                nb: "Importer deltakere fra CSV; alt eller ingenting.",
                nn: "Importer deltakarar frå CSV; alt eller ingenting.",
                en: "Import participants from CSV; all or nothing."
            )
        case .participantsAdd:
            language.pick(
                nb: "Legg til eller oppdater én deltaker.",
                nn: "Legg til eller oppdater éin deltakar.",
                en: "Add or update one participant."
            )
        case .participantsList:
            language.pick(
                nb: "List deltakerne du har tjenstlig behov for å se.",
                nn: "List deltakarane du har tenestleg behov for å sjå.",
                en: "List the participants you have a need to know."
            )
        case .participantsShow:
            language.pick(nb: "Vis én deltaker.", nn: "Vis éin deltakar.", en: "Show one participant.")
        case .participantsEnd:
            language.pick(
                nb: "Avslutt en deltakers program.",
                nn: "Avslutt programmet til ein deltakar.",
                en: "End a participant's programme."
            )
        case .minutes:
            language.pick(nb: "Oppmøte og referat.", nn: "Oppmøte og referat.", en: "Attendance and minutes.")
        case .minutesLog:
            language.pick(
                nb: "Registrer oppmøte og referat, eller endre et referat.",
                nn: "Registrer oppmøte og referat, eller endre eit referat.",
                en: "Record attendance and minutes, or amend minutes."
            )
        case .minutesShow:
            language.pick(nb: "Vis et referat.", nn: "Vis eit referat.", en: "Show minutes.")
        case .minutesList:
            language.pick(
                nb: "List referatene du har tilgang til.",
                nn: "List referata du har tilgang til.",
                en: "List the minutes you may read."
            )
        case .busy:
            language.pick(nb: "Opptatt-tid fra kalendere.", nn: "Oppteken tid frå kalendrar.", en: "Busy time from calendars.")
        case .busyImport:
            language.pick(
                nb: "Importer opptatt-tid for en person, deltaker eller klasse.",
                nn: "Importer oppteken tid for ein person, ein deltakar eller ein klasse.",
                en: "Import busy time for a person, participant or class."
            )
        case .actions:
            language.pick(
                nb: "Oppfølgingspunkter fra referatene.",
                nn: "Oppfølgingspunkt frå referata.",
                en: "Action items from the minutes."
            )
        case .actionsList:
            language.pick(
                nb: "Åpne oppfølgingspunkter etter person og frist.",
                nn: "Opne oppfølgingspunkt etter person og frist.",
                en: "Open action items by person and due date."
            )
        case .actionsDone:
            language.pick(
                nb: "Merk et oppfølgingspunkt som utført.",
                nn: "Merk eit oppfølgingspunkt som utført.",
                en: "Mark an action item as done."
            )
        case .attendance:
            language.pick(
                nb: "Oppmøte per deltaker, part eller møtetype.",
                nn: "Oppmøte per deltakar, part eller møtetype.",
                en: "Attendance by participant, party or kind of meeting."
            )
        case .audit:
            language.pick(nb: "Vis tilgangsloggen.", nn: "Vis tilgangsloggen.", en: "Show the audit log.")
        case .report:
            language.pick(nb: "Rapporter om samarbeidet.", nn: "Rapportar om samarbeidet.", en: "Reports on the cooperation.")
        case .reportInternalControl:
            language.pick(
                nb: "Internkontroll: hva avtalen krever mot hva som skjedde i et år.",
                nn: "Internkontroll: kva avtalen krev mot kva som skjedde i eit år.",
                en: "Internal control: what the agreement requires against what happened in a year."
            )
        case .meetings:
            language.pick(
                nb: "Møtene i planen, med korte referanser.",
                nn: "Møta i planen, med korte referansar.",
                en: "The plan's meetings, with short references."
            )
        case .feeds:
            language.pick(
                nb: "Kalenderabonnementer og de hemmelige lenkene til dem.",
                nn: "Kalenderabonnement og dei hemmelege lenkjene til dei.",
                en: "Calendar subscriptions and their secret links."
            )
        case .feedsAdd:
            language.pick(nb: "Lag en abonnementslenke.", nn: "Lag ei abonnementslenkje.", en: "Create a subscription link.")
        case .feedsList:
            language.pick(nb: "List abonnementene.", nn: "List abonnementa.", en: "List the subscriptions.")
        case .feedsRevoke:
            language.pick(nb: "Trekk tilbake et abonnement.", nn: "Trekk tilbake eit abonnement.", en: "Revoke a subscription.")
        case .feedsRotate:
            language.pick(
                nb: "Gi et abonnement ny lenke; den gamle slutter å virke.",
                nn: "Gi eit abonnement ei ny lenkje; den gamle sluttar å verke.",
                en: "Give a subscription a new link; the old one stops working."
            )
        case .serve:
            language.pick(
                nb: "Publiser kalenderabonnementene over HTTP.",
                nn: "Publiser kalenderabonnementa over HTTP.",
                en: "Serve the subscription feeds over HTTP."
            )
        case .migrate:
            language.pick(
                nb: "Flytt et SQLite-lager over i en tom PostgreSQL-database, kontrollert tabell for tabell.",
                nn: "Flytt eit SQLite-lager over i ein tom PostgreSQL-database, kontrollert tabell for tabell.",
                en: "Move a SQLite store into an empty PostgreSQL database, checked table by table."
            )
        case .invite:
            language.pick(
                nb: "Send innkallinger, endringer og avlysninger på e-post.",
                nn: "Send innkallingar, endringar og avlysingar på e-post.",
                en: "Send invitations, changes and cancellations by email."
            )
        case .outbox:
            language.pick(
                nb: "Utboksen: innkallinger som venter, er sendt eller feilet.",
                nn: "Utboksen: innkallingar som ventar, er sende eller feila.",
                en: "The outbox: invitations waiting, sent or failed."
            )
        case .outboxList:
            language.pick(nb: "Vis utboksen.", nn: "Vis utboksen.", en: "List the outbox.")
        case .outboxRetry:
            language.pick(
                nb: "Legg meldinger som feilet tilbake i køen; send dem med samkal invite.",
                nn: "Legg meldingar som feila tilbake i køen; send dei med samkal invite.",
                en: "Requeue failed messages; send them with samkal invite."
            )
        case .rsvp:
            language.pick(nb: "Svar på innkallinger.", nn: "Svar på innkallingar.", en: "Replies to invitations.")
        case .rsvpImport:
            language.pick(
                nb: "Les et svar (iTIP REPLY) fra en .ics-fil eller en hel e-post; - leser fra standard inn.",
                nn: "Les eit svar (iTIP REPLY) frå ei .ics-fil eller ein heil e-post; - les frå standard inn.",
                en: "Read a reply (iTIP REPLY) from an .ics file or a whole email; - reads standard input."
            )
        case .rsvpList:
            language.pick(nb: "Vis svarene.", nn: "Vis svara.", en: "List the answers.")
        case .tokens:
            language.pick(
                nb: "Personlige tilgangsnøkler til API-et, for skript og tjenestekontoer.",
                nn: "Personlege tilgangsnøklar til API-et, for skript og tenestekontoar.",
                en: "Personal access tokens to the API, for scripts and service accounts."
            )
        case .tokensCreate:
            language.pick(
                nb: "Lag en tilgangsnøkkel for en person; den vises bare én gang.",
                nn: "Lag ein tilgangsnøkkel for ein person; han blir berre vist éin gong.",
                en: "Create an access token for a person; it is shown only once."
            )
        case .tokensList:
            language.pick(nb: "List tilgangsnøklene.", nn: "List tilgangsnøklane.", en: "List the access tokens.")
        case .login:
            language.pick(
                nb: "Logg inn på en samkal-tjener; deretter går alle kommandoer mot den, som deg.",
                nn: "Logg inn på ein samkal-tenar; deretter går alle kommandoar mot han, som deg.",
                en: "Sign in to a samkal server; from then on every command runs against it, as you."
            )
        case .logout:
            language.pick(
                nb: "Logg ut: slett legitimasjonen fra denne maskinen og arbeid lokalt igjen.",
                nn: "Logg ut: slett legitimasjonen frå denne maskina og arbeid lokalt igjen.",
                en: "Sign out: delete the credentials from this machine and work locally again."
            )
        case .whoami:
            language.pick(
                nb: "Vis hvem kommandoene kjøres som, og mot hvilken tjener.",
                nn: "Vis kven kommandoane køyrer som, og mot kva tenar.",
                en: "Show whom the commands run as, and against which server."
            )
        case .tokensRevoke:
            language.pick(
                nb: "Trekk tilbake en tilgangsnøkkel; den avvises fra neste forespørsel.",
                nn: "Trekk tilbake ein tilgangsnøkkel; han blir avvist frå neste førespurnad.",
                en: "Revoke an access token; it is refused from the next request on."
            )
        }
    }

    /// The longer text under the abstract, or "" when the abstract says it all.
    public func discussion(in language: Language) -> String {
        switch self {
        case .reportInternalControl:
            language.pick(
                nb: """
                    Viser hvert krav i avtalen og veilederen (ledermøter vår og høst, årlig revisjon, \
                    informasjons- og samarbeidsmøter; per deltaker trekantsamtaler tidlig og før slutt, \
                    teammøter, oppfølging fra fjerde permisjonsmåned, overgangsmøte) med status: \
                    ✔ avholdt (referat ført), ◷ planlagt, ! ikke dokumentert, ✖ avlyst eller mangler; \
                    og fristene for registrering i NIR. Flyktningtjenesten ser deltakerne med navn, \
                    ledere bare antall. Hver lesing føres i tilgangsloggen.
                    """,
                nn: """
                    Viser kvart krav i avtalen og rettleiaren (leiarmøte vår og haust, årleg revisjon, \
                    informasjons- og samarbeidsmøte; per deltakar trekantsamtalar tidleg og før slutt, \
                    teammøte, oppfølging frå fjerde permisjonsmånad, overgangsmøte) med status: \
                    ✔ halde (referat ført), ◷ planlagt, ! ikkje dokumentert, ✖ avlyst eller manglar; \
                    og fristane for registrering i NIR. Flyktningtenesta ser deltakarane med namn, \
                    leiarar berre tal. Kvar lesing vert ført i tilgangsloggen.
                    """,
                en: """
                    Shows each requirement of the agreement and the guidance (leader meetings spring and \
                    autumn, the annual revision, information and cooperation meetings; per participant \
                    three-way meetings early and before the end, team meetings, follow-up from the fourth \
                    month of leave, the transition meeting) with its status: ✔ held (minutes logged), \
                    ◷ planned, ! not documented, ✖ cancelled or missing; and the deadlines for registration \
                    in NIR. The refugee service sees the participants by name, leaders only counts. Every \
                    read is in the audit log.
                    """
            )
        case .meetings:
            language.pick(
                nb: """
                    Viser møtene du kan se fra --from (standard i dag) til --to (standard 8 uker \
                    senere), med en kort referanse (M-4F7KQ) som minutes, invite og rsvp tar \
                    i stedet for UID-en. Tidene er avtalens lokale tid (Europe/Oslo).
                    """,
                nn: """
                    Viser møta du kan sjå frå --from (standard i dag) til --to (standard 8 veker \
                    seinare), med ein kort referanse (M-4F7KQ) som minutes, invite og rsvp tek \
                    i staden for UID-en. Tidene er den lokale tida til avtalen (Europe/Oslo).
                    """,
                en: """
                    Lists the meetings you may see from --from (default today) to --to (default 8 \
                    weeks on), with a short reference (M-4F7KQ) that minutes, invite and rsvp \
                    accept in place of the UID. Times are the agreement's local time (Europe/Oslo).
                    """
            )
        case .samkal:
            language.pick(
                nb: """
                    Planlegger møtene en samarbeidsavtale krever på norske arbeidsdager, og \
                    publiserer dem som iCalendar-abonnementer. Tekstene er på bokmål; --lang nn \
                    gir nynorsk og --lang en engelsk (eller SAMKAL_LANG).
                    """,
                nn: """
                    Planlegg møta ein samarbeidsavtale krev på norske arbeidsdagar, og publiserer \
                    dei som iCalendar-abonnement. Tekstane er på bokmål; --lang nn gir nynorsk og \
                    --lang en engelsk (eller SAMKAL_LANG).
                    """,
                en: """
                    Plans the meetings a cooperation agreement requires on Norwegian working days \
                    and publishes them as iCalendar feeds. Texts are in Norwegian Bokmål; --lang nn \
                    gives Nynorsk and --lang en English (or SAMKAL_LANG).
                    """
            )
        case .minutesLog:
            language.pick(
                nb: """
                    Oppmøte: --present ID, --absent ID, --excused "ID|grunn" (ID er en person-id \
                    eller deltakerens saksnummer; gjenta for hver). Teksten kommer fra --file, \
                    standard inn eller $EDITOR. En ny registrering endrer referatet: en ny versjon, \
                    den tidligere teksten tas vare på.
                    """,
                nn: """
                    Oppmøte: --present ID, --absent ID, --excused "ID|grunn" (ID er ein person-id \
                    eller saksnummeret til deltakaren; gjenta for kvar). Teksten kjem frå --file, \
                    standard inn eller $EDITOR. Ei ny registrering endrar referatet: ein ny versjon, \
                    den tidlegare teksten blir teken vare på.
                    """,
                en: """
                    Attendance: --present ID, --absent ID, --excused "ID|reason" (ID is a person id \
                    or the participant's case number; repeat for each). The text comes from --file, \
                    standard input or $EDITOR. Logging again amends: a new revision, the earlier \
                    text kept.
                    """
            )
        case .busyImport:
            language.pick(
                nb: """
                    OWNER er en person-id fra avtalen, en deltakers saksnummer eller group:KLASSE \
                    for en klasse i voksenopplæringen, der timeplanen er deltakernes opptatt-tid. \
                    VEVENT-er (gjentakelser utvidet, EXDATE og RDATE tatt hensyn til, TRANSPARENT \
                    og CANCELLED hoppet over) og VFREEBUSY-perioder teller. Importeres samme fil \
                    igjen, erstatter den det den ga sist. Med --dir importeres hver DIR/OWNER.ics, \
                    alt eller ingenting.
                    """,
                nn: """
                    OWNER er ein person-id frå avtalen, saksnummeret til ein deltakar eller \
                    group:KLASSE for ein klasse i vaksenopplæringa, der timeplanen er den opptekne \
                    tida til deltakarane. VEVENT-ar (gjentakingar utvida, EXDATE og RDATE tekne \
                    omsyn til, TRANSPARENT og CANCELLED hoppa over) og VFREEBUSY-periodar tel. Blir \
                    same fil importert igjen, erstattar ho det ho gav sist. Med --dir blir kvar \
                    DIR/OWNER.ics importert, alt eller ingenting.
                    """,
                en: """
                    OWNER is a person id from the agreement, a participant's case number, or \
                    group:CLASS for an adult-education class whose timetable is its participants' \
                    busy time. VEVENTs (recurrences expanded, EXDATE and RDATE honoured, TRANSPARENT \
                    and CANCELLED skipped) and VFREEBUSY periods count. Importing the same file again \
                    replaces what it gave. With --dir, every DIR/OWNER.ics is imported, all or nothing.
                    """
            )
        case .attendance:
            language.pick(
                nb: "Viser oppmøtet for deltakere du følger, og for møter du har kalt inn (tjenstlig behov); hver lesing føres i tilgangsloggen.",
                nn: "Viser oppmøtet for deltakarar du følgjer, og for møte du har kalla inn (tenestleg behov); kvar lesing blir ført i tilgangsloggen.",
                en: "Shows the attendance of participants you follow, and at meetings you convened (need to know); every read is audited."
            )
        case .serve:
            language.pick(
                nb: """
                    I en tom datamappe planlegges eksempelavtalen og deltakerne i calendars/ for det \
                    kommende året, og det lages en abonnementslenke for hver av eksempelets \
                    personer, parter og avtalen; lenkene skrives ut én gang.

                    En forbindelse som er stille i --idle-timeout, eller der forespørselshodet ikke \
                    er komplett --header-timeout etter første byte, lukkes; ut over \
                    --max-connections lukkes nye forbindelser straks. Loggen går til standard feil \
                    gjennom en buffer på --log-buffer-lines linjer: når ingen leser den, forkastes \
                    og telles linjer, og tjeneren fortsetter å svare.
                    """,
                nn: """
                    I ei tom datamappe blir eksempelavtalen og deltakarane i calendars/ planlagde for \
                    det komande året, og det blir laga ei abonnementslenkje for kvar av personane, \
                    partane og avtalen i eksempelet; lenkjene blir skrivne ut éin gong.

                    Ei tilkopling som er stille i --idle-timeout, eller der førespurnadshovudet ikkje \
                    er komplett --header-timeout etter første byte, blir lukka; ut over \
                    --max-connections blir nye tilkoplingar lukka med ein gong. Loggen går til \
                    standard feil gjennom ein buffer på --log-buffer-lines linjer: når ingen les han, \
                    blir linjer forkasta og talde, og tenaren held fram med å svare.
                    """,
                en: """
                    On an empty data directory the example agreement and participants in calendars/ \
                    are planned for the coming year and a subscription link is made for each of the \
                    example's people, parties and the agreement; the links are printed once.

                    A connection silent for --idle-timeout, or whose request head is not complete \
                    --header-timeout after its first byte, is closed; beyond --max-connections new \
                    connections are closed at once. Logs go to standard error through a buffer of \
                    --log-buffer-lines lines: when nobody reads them, lines are dropped and counted, \
                    and the server keeps answering.
                    """
            )
        case .invite:
            language.pick(
                nb: """
                    Uten --meeting: hvert møte fra i dag av med noe å sende (--pending, standard). \
                    Meldingene holdes i utboksen (samkal outbox), og hver (møte, deltaker, SEQUENCE) \
                    sendes én gang; feil prøves på nytt med økende ventetid. SMTP fra --smtp-host \
                    eller SAMKAL_SMTP_HOST; uten, bruk --outbox-dir.
                    """,
                nn: """
                    Utan --meeting: kvart møte frå i dag av med noko å sende (--pending, standard). \
                    Meldingane blir haldne i utboksen (samkal outbox), og kvar (møte, deltakar, \
                    SEQUENCE) blir send éin gong; feil blir prøvde på nytt med aukande ventetid. SMTP \
                    frå --smtp-host eller SAMKAL_SMTP_HOST; utan, bruk --outbox-dir.
                    """,
                en: """
                    Without --meeting, every meeting from today on with something to send (--pending, \
                    the default). Messages are kept in the outbox (samkal outbox) and each (meeting, \
                    attendee, SEQUENCE) is sent once; failures are retried with back-off. SMTP from \
                    --smtp-host or SAMKAL_SMTP_HOST; without one, use --outbox-dir.
                    """
            )
        case .rsvpImport:
            language.pick(
                nb: """
                    Svaret kobles til møtet på UID og deltakerens adresse (og RECURRENCE-ID når den \
                    er gitt); ORGANIZER kreves ikke. Et svar på en eldre SEQUENCE enn møtets \
                    ignoreres. En fil der noe ikke stemmer, avvises i sin helhet: ingenting \
                    registreres.
                    """,
                nn: """
                    Svaret blir kopla til møtet på UID og adressa til deltakaren (og RECURRENCE-ID \
                    når ho er gitt); ORGANIZER er ikkje kravd. Eit svar på ein eldre SEQUENCE enn \
                    møtet sin blir ignorert. Ei fil der noko ikkje stemmer, blir avvist i heilskap: \
                    ingenting blir registrert.
                    """,
                en: """
                    Matched on UID and the attendee's address (and RECURRENCE-ID when given); \
                    ORGANIZER is not required. A reply to an older SEQUENCE than the meeting's is \
                    ignored. A file with anything that does not match is refused as a whole: nothing \
                    is recorded.
                    """
            )
        case .tokens:
            language.pick(
                nb: """
                    En nøkkel taler for én person: hver forespørsel med den gjøres som den personen. \
                    Bare personen selv (over API-et) eller driftsansvarlig på tjeneren lager, lister og \
                    trekker tilbake nøkler. Bare en hash av nøkkelen lagres.
                    """,
                nn: """
                    Ein nøkkel talar for éin person: kvar førespurnad med han blir gjord som den personen. \
                    Berre personen sjølv (over API-et) eller driftsansvarleg på tenaren lagar, listar og \
                    trekkjer tilbake nøklar. Berre ein hash av nøkkelen blir lagra.
                    """,
                en: """
                    A token speaks for one person: every request made with it is made as that person. \
                    Only the person themselves (over the API) or the operator on the server makes, lists \
                    and revokes tokens. Only a hash of the token is stored.
                    """
            )
        case .login:
            language.pick(
                nb: """
                    Uten --token logger du inn hos kommunens identitetsleverandør (enhetsflyt, RFC 8628): \
                    samkal viser en adresse og en kode, du godkjenner i nettleseren. Med --token brukes en \
                    personlig tilgangsnøkkel (--token - leser den fra standard inn). Legitimasjonen lagres \
                    privat (0600) i ~/.config/samkal og fornyes av seg selv; --as avvises mot en tjener.
                    """,
                nn: """
                    Utan --token loggar du inn hos identitetsleverandøren til kommunen (einingsflyt, RFC 8628): \
                    samkal viser ei adresse og ein kode, du godkjenner i nettlesaren. Med --token blir ein \
                    personleg tilgangsnøkkel brukt (--token - les han frå standard inn). Legitimasjonen blir \
                    lagra privat (0600) i ~/.config/samkal og fornya av seg sjølv; --as blir avvist mot ein tenar.
                    """,
                en: """
                    Without --token you sign in at the municipality's identity provider (device flow, \
                    RFC 8628): samkal shows an address and a code, and you approve in the browser. With \
                    --token a personal access token is used (--token - reads it from standard input). The \
                    credentials are stored privately (0600) in ~/.config/samkal and renewed by themselves; \
                    --as is refused against a server.
                    """
            )
        case .migrate:
            language.pick(
                nb: """
                    Alt kopieres i én transaksjon: avtaler, deltakere, hver planversjon med endringene, møtene, \
                    referater med revisjoner, oppmøte, oppfølgingspunkter, tilgangsloggen, opptatt-tid, \
                    abonnementslenker, utboksen, svar, tilgangsnøkler og installasjonens hemmelighet (så UID-er \
                    og lenker er de samme). Før den fullføres, leses hver tabell tilbake og sammenlignes med \
                    SQLite rad for rad (antall og SHA-256); ved avvik kopieres ingenting. SQLite-lageret blir \
                    stående som det er.
                    """,
                nn: """
                    Alt blir kopiert i éin transaksjon: avtalar, deltakarar, kvar planversjon med endringane, \
                    møta, referat med revisjonar, oppmøte, oppfølgingspunkt, tilgangsloggen, oppteken tid, \
                    abonnementslenkjer, utboksen, svar, tilgangsnøklar og løyndomen til installasjonen (så \
                    UID-ar og lenkjer er dei same). Før ho blir fullført, blir kvar tabell lesen tilbake og \
                    samanlikna med SQLite rad for rad (tal og SHA-256); ved avvik blir ingenting kopiert. \
                    SQLite-lageret blir ståande som det er.
                    """,
                en: """
                    Everything is copied in one transaction: agreements, participants, every plan version with \
                    its changes, the meetings, minutes with their revisions, attendance, action items, the audit \
                    log, busy time, subscription links, the outbox, replies, access tokens and the \
                    installation's secret (so UIDs and links stay the same). Before it commits, each table is \
                    read back and compared with SQLite row by row (count and SHA-256); on any difference nothing \
                    is copied. The SQLite store is left as it is.
                    """
            )
        default:
            ""
        }
    }
}
