/// The help line of every option, flag and argument of the command line, in every
/// language samkal speaks (what `--help` shows beside `--from <from>`).
public enum OptionHelp: Sendable, Hashable, CaseIterable {
    // The global options, on every command, and their heading.
    case globalHeading, language, asker, dataDirectory
    // Listings
    case json, csv
    // Shared
    case agreementFile, agreementFileOrStored, participantID, meetingUID, fromDate, toDate
    // meetings
    case meetingsFrom, meetingsTo, meetingsKind, meetingsParticipant, meetingsMine
    // check, plan
    case checkAgreement, planAgreementFiles, planAll, planFirstDay, planLastDay, planJSON, planICS, planStamp, planDryRun, planOptimize, planParticipants,
         chosenAgreement
    // participants
    case participantsCSV, participantCaseNumber, participantName, participantLanguage, participantInterpreter,
         participantStart, participantPlannedEnd, participantFinalGoal, participantProgramAdvisor, participantNAVAdvisor,
         participantTeamNeeds, participantTeamMembers, participantParentalLeave, participantHolidays, participantEndOn
    // minutes, actions, attendance, audit
    case minutesFile, present, absent, excused, decision, actionItem, minutesFormat, onlyParticipant, onlyKind,
         openActions, includeDone, actionItemID, attendanceParty, attendanceKind, auditLimit
    // report
    case reportYear, reportFormat, reportAsOf, yearValue
    // busy
    case busyOwner, busyFile, busyDirectory, busyFrom, busyTo
    // migrate
    case migrateFrom, migrateTo
    // feeds and serve
    case feedPerson, feedParty, feedAgreement, baseURL, subscriptionID, host, port, keepCancelledDays,
         idleTimeout, headerTimeout, maxConnections, logBufferLines, secondsValue, countValue, linesValue,
         personIDValue, directoryValue, databaseURL
    // The placeholders of values (`--from <dato>`, `<avtalefil>`)
    case agreementFileValue, agreementIDValue, dateValue, fileValue, meetingValue, participantValue, numberValue,
         ownerValue, partyValue, kindValue, timeValue, languageValue, urlValue, emailValue, idValue, excuseValue,
         textValue, actionItemValue, nameValue, yesNoValue, goalValue, needsValue, personIDsValue, periodsValue,
         serverValue, portValue, daysValue, statusValue, formatValue, securityValue, userNameValue
    // invite, outbox, rsvp
    case onlyMeeting, pending, inviteDryRun, outboxDirectory, markSent, retries, smtpHost, smtpPort, smtpSecurity, smtpUser,
         smtpPasswordFile, smtpCAFile, smtpTimeout, outboxStatus, replyFile, replySender
    // tokens
    case tokenPerson, tokenExpires, tokenLabel, tokenID, durationValue
    // serve: the identity provider
    case oidcIssuer, oidcAudience, oidcClaim, authBackoffAfter
    // login
    case server, loginToken

    public func text(in language: Language) -> String {
        switch self {
        case .globalHeading: language.pick(nb: "Globale valg", nn: "Globale val", en: "Global options")
        case .language:
            language.pick(
                nb: "Språk: nb (bokmål, standard), nn (nynorsk) eller en (engelsk); ellers $SAMKAL_LANG.",
                nn: "Språk: nb (bokmål, standard), nn (nynorsk) eller en (engelsk); elles $SAMKAL_LANG.",
                en: "Language: nb (Bokmål, the default), nn (Nynorsk) or en (English); else $SAMKAL_LANG."
            )
        case .asker:
            language.pick(
                nb: "Hvem som spør (person-id fra avtalen); ellers $SAMKAL_USER.",
                nn: "Kven som spør (person-id frå avtalen); elles $SAMKAL_USER.",
                en: "Who is asking (a person id of the agreement); else $SAMKAL_USER."
            )
        case .dataDirectory:
            language.pick(
                nb: "Datamappen (standard: $SAMKAL_DATA eller ~/.local/share/samkal).",
                nn: "Datamappa (standard: $SAMKAL_DATA eller ~/.local/share/samkal).",
                en: "The data directory (default: $SAMKAL_DATA or ~/.local/share/samkal)."
            )
        case .migrateFrom:
            language.pick(
                nb: "Datamappen med SQLite-lageret som skal flyttes.",
                nn: "Datamappa med SQLite-lageret som skal flyttast.",
                en: "The data directory whose SQLite store is moved."
            )
        case .migrateTo:
            language.pick(
                nb: "Den tomme PostgreSQL-databasen: postgres://bruker@vert:5432/database.",
                nn: "Den tomme PostgreSQL-databasen: postgres://brukar@vert:5432/database.",
                en: "The empty PostgreSQL database: postgres://user@host:5432/database."
            )
        case .databaseURL:
            language.pick(
                nb: "PostgreSQL i stedet for SQLite i datamappen: postgres://bruker@vert:5432/database (ellers $SAMKAL_DATABASE_URL).",
                nn: "PostgreSQL i staden for SQLite i datamappa: postgres://brukar@vert:5432/database (elles $SAMKAL_DATABASE_URL).",
                en: "PostgreSQL instead of SQLite in the data directory: postgres://user@host:5432/database (else $SAMKAL_DATABASE_URL)."
            )

        case .json: language.pick(nb: "Skriv listen som JSON.", nn: "Skriv lista som JSON.", en: "Write the listing as JSON.")
        case .csv: language.pick(nb: "Skriv listen som CSV.", nn: "Skriv lista som CSV.", en: "Write the listing as CSV.")

        case .agreementFile: language.pick(nb: "Avtalefilen (YAML).", nn: "Avtalefila (YAML).", en: "The agreement file (YAML).")
        case .agreementFileOrStored:
            language.pick(
                nb: "Avtalefilen (YAML), eller id-en til en lagret avtale; uten: avtalen som er lagret (trengs når flere er lagret).",
                nn: "Avtalefila (YAML), eller id-en til ein lagra avtale; utan: avtalen som er lagra (trengst når fleire er lagra).",
                en: "The agreement file (YAML), or a stored agreement's id; without it: the stored agreement (needed when several are stored)."
            )
        case .participantID:
            language.pick(nb: "Deltakerens saksnummer.", nn: "Saksnummeret til deltakaren.", en: "The participant's case number.")
        case .meetingUID:
            language.pick(
                nb: "Møtets korte referanse (M-XXXXX, fra samkal meetings) eller UID.",
                nn: "Den korte referansen til møtet (M-XXXXX, frå samkal meetings) eller UID-en.",
                en: "The meeting's short reference (M-XXXXX, from samkal meetings) or its UID."
            )
        case .meetingsFrom: language.pick(nb: "Fra dato, ÅÅÅÅ-MM-DD (standard: i dag).", nn: "Frå dato, ÅÅÅÅ-MM-DD (standard: i dag).", en: "From date, YYYY-MM-DD (default: today).")
        case .meetingsTo:
            language.pick(
                nb: "Til dato, ÅÅÅÅ-MM-DD (standard: 8 uker etter --from).",
                nn: "Til dato, ÅÅÅÅ-MM-DD (standard: 8 veker etter --from).",
                en: "To date, YYYY-MM-DD (default: 8 weeks after --from)."
            )
        case .meetingsKind:
            language.pick(
                nb: "Bare denne møtetypen (f.eks. teamMeeting).",
                nn: "Berre denne møtetypen (t.d. teamMeeting).",
                en: "Only this kind of meeting (e.g. teamMeeting)."
            )
        case .meetingsParticipant:
            language.pick(
                nb: "Bare møter om denne deltakeren (saksnummer).",
                nn: "Berre møte om denne deltakaren (saksnummer).",
                en: "Only meetings about this participant (case number)."
            )
        case .meetingsMine:
            language.pick(
                nb: "Bare møter du er invitert til eller kaller inn til.",
                nn: "Berre møte du er invitert til eller kallar inn til.",
                en: "Only meetings you are invited to or convene."
            )
        case .fromDate: language.pick(nb: "Fra dato, ÅÅÅÅ-MM-DD.", nn: "Frå dato, ÅÅÅÅ-MM-DD.", en: "From date, YYYY-MM-DD.")
        case .toDate: language.pick(nb: "Til dato, ÅÅÅÅ-MM-DD.", nn: "Til dato, ÅÅÅÅ-MM-DD.", en: "To date, YYYY-MM-DD.")

        case .checkAgreement:
            language.pick(
                nb: "Avtalefilen (YAML), f.eks. calendars/afjord-nav-nord-fosen.yaml.",
                nn: "Avtalefila (YAML), t.d. calendars/afjord-nav-nord-fosen.yaml.",
                en: "The agreement file (YAML), e.g. calendars/afjord-nav-nord-fosen.yaml."
            )
        case .planFirstDay: language.pick(nb: "Første dag, ÅÅÅÅ-MM-DD.", nn: "Første dag, ÅÅÅÅ-MM-DD.", en: "First day, YYYY-MM-DD.")
        case .planLastDay: language.pick(nb: "Siste dag, ÅÅÅÅ-MM-DD.", nn: "Siste dag, ÅÅÅÅ-MM-DD.", en: "Last day, YYYY-MM-DD.")
        case .planJSON:
            language.pick(
                nb: "Skriv planen som JSON på standard ut.",
                nn: "Skriv planen som JSON på standard ut.",
                en: "Write the plan as JSON on standard output."
            )
        case .planICS:
            language.pick(
                nb: "Skriv iCalendar-filene (én for avtalen, hver part og hver person) i denne mappen.",
                nn: "Skriv iCalendar-filene (éi for avtalen, kvar part og kvar person) i denne mappa.",
                en: "Write the iCalendar files (one for the agreement, each party and each person) to this directory."
            )
        case .planStamp:
            language.pick(
                nb: "Når planversjonen føres som laget (ÅÅÅÅ-MM-DDTHH:MM:SSZ), og DTSTAMP for hendelsene den endrer; standard er nå.",
                nn: "Når planversjonen blir ført som laga (ÅÅÅÅ-MM-DDTHH:MM:SSZ), og DTSTAMP for hendingane ho endrar; standard er no.",
                en: "When the plan version is recorded as made (YYYY-MM-DDTHH:MM:SSZ), and the DTSTAMP of the events it changes; default now."
            )
        case .planDryRun:
            language.pick(
                nb: "Bare vis planen; lagre ingen ny planversjon.",
                nn: "Berre vis planen; lagre ingen ny planversjon.",
                en: "Only show the plan; store no new plan version."
            )
        case .planAgreementFiles:
            language.pick(
                nb: "Avtalefilen (YAML), eller en lagret avtales id (mot en tjener bare den); med --all ingen eller flere filer.",
                nn: "Avtalefila (YAML), eller ein lagra avtales id (mot ein tenar berre den); med --all ingen eller fleire filer.",
                en: "The agreement file (YAML), or a stored agreement's id (against a server only that); with --all none or several files."
            )
        case .planAll:
            language.pick(
                nb: "Planlegg alle lagrede avtaler (og filene som gis) sammen, i én transaksjon: ingen som deles blir booket to ganger. Avtaler du ikke kaller inn i, står fast.",
                nn: "Planlegg alle lagra avtalar (og filene som blir gitt) saman, i éin transaksjon: ingen som blir delte blir booka to gonger. Avtalar du ikkje kallar inn i, står fast.",
                en: "Plan every stored agreement (and the files given) together, in one transaction: nobody shared is booked twice. Agreements you do not convene in stay as they are."
            )
        case .planOptimize:
            language.pick(
                nb: "Flytt også lagrede møter som ikke er sendt ut, når de kan komme nærmere ønsket dag og tid (sendte møter flyttes aldri).",
                nn: "Flytt òg lagra møte som ikkje er sende ut, når dei kan kome nærare ønskt dag og tid (sende møte blir aldri flytta).",
                en: "Also move stored meetings not yet sent out when they can come nearer the preferred day and time (sent meetings never move)."
            )
        case .planParticipants:
            language.pick(
                nb: "Deltakere fra denne CSV-filen i stedet for de lagrede.",
                nn: "Deltakarar frå denne CSV-fila i staden for dei lagra.",
                en: "Participants from this CSV file instead of the stored ones."
            )
        case .chosenAgreement:
            language.pick(
                nb: "Avtalens id (trengs bare når flere avtaler er lagret).",
                nn: "Avtalen sin id (trengst berre når fleire avtalar er lagra).",
                en: "The agreement's id (needed only when several agreements are stored)."
            )

        case .participantsCSV:
            language.pick(
                nb: "CSV-filen (se docs/brukerveiledning.md for kolonnene).",
                nn: "CSV-fila (sjå docs/brukerveiledning.md for kolonnane).",
                en: "The CSV file (see docs/brukerveiledning.md for its columns)."
            )
        case .participantCaseNumber:
            language.pick(
                nb: "Kommunens saksnummer (aldri fødselsnummer).",
                nn: "Saksnummeret til kommunen (aldri fødselsnummer).",
                en: "The municipality's case number (never a national identity number)."
            )
        case .participantName: language.pick(nb: "Navnet.", nn: "Namnet.", en: "The name.")
        case .participantLanguage:
            language.pick(nb: "Foretrukket språk, f.eks. ti, ar, uk.", nn: "Føretrekt språk, t.d. ti, ar, uk.", en: "Preferred language, e.g. ti, ar, uk.")
        case .participantInterpreter:
            language.pick(nb: "Trenger tolk: ja/nei.", nn: "Treng tolk: ja/nei.", en: "Needs an interpreter: ja/nei (yes/no).")
        case .participantStart: language.pick(nb: "Programstart, ÅÅÅÅ-MM-DD.", nn: "Programstart, ÅÅÅÅ-MM-DD.", en: "Programme start, YYYY-MM-DD.")
        case .participantPlannedEnd:
            language.pick(nb: "Planlagt slutt, ÅÅÅÅ-MM-DD.", nn: "Planlagd slutt, ÅÅÅÅ-MM-DD.", en: "Planned end, YYYY-MM-DD.")
        case .participantFinalGoal:
            language.pick(nb: "Sluttmål: work eller education.", nn: "Sluttmål: work eller education.", en: "Final goal: work or education.")
        case .participantProgramAdvisor:
            language.pick(nb: "Programrådgiver (person-id).", nn: "Programrådgjevar (person-id).", en: "Programme advisor (person id).")
        case .participantNAVAdvisor: language.pick(nb: "NAV-veileder (person-id).", nn: "NAV-rettleiar (person-id).", en: "NAV advisor (person id).")
        case .participantTeamNeeds:
            language.pick(
                nb: "Teambehov, ;-separert (health;adultEducation).",
                nn: "Teambehov, ;-skilt (health;adultEducation).",
                en: "Team needs, ;-separated (health;adultEducation)."
            )
        case .participantTeamMembers:
            language.pick(
                nb: "Teammedlemmer (person-id-er), ;-separert.",
                nn: "Teammedlemmer (person-id-ar), ;-skilt.",
                en: "Team members (person ids), ;-separated."
            )
        case .participantParentalLeave:
            language.pick(
                nb: "Foreldrepermisjon, ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD;…",
                nn: "Foreldrepermisjon, ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD;…",
                en: "Parental leave, YYYY-MM-DD..YYYY-MM-DD;…"
            )
        case .participantHolidays:
            language.pick(nb: "Ferie, ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD;…", nn: "Ferie, ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD;…", en: "Holidays, YYYY-MM-DD..YYYY-MM-DD;…")
        case .participantEndOn:
            language.pick(
                nb: "Siste dag, ÅÅÅÅ-MM-DD (standard: i dag).",
                nn: "Siste dag, ÅÅÅÅ-MM-DD (standard: i dag).",
                en: "Last day, YYYY-MM-DD (default: today)."
            )

        case .minutesFile:
            language.pick(
                nb: "Fil med referatteksten, eller - for standard inn.",
                nn: "Fil med referatteksten, eller - for standard inn.",
                en: "File with the minutes text, or - for standard input."
            )
        case .present: language.pick(nb: "Møtt (gjentas).", nn: "Møtt (kan gjentakast).", en: "Present (repeatable).")
        case .absent: language.pick(nb: "Fravær (gjentas).", nn: "Fråvær (kan gjentakast).", en: "Absent (repeatable).")
        case .excused:
            language.pick(
                nb: "Gyldig fravær: \"ID|grunn\" (gjentas).",
                nn: "Gyldig fråvær: \"ID|grunn\" (kan gjentakast).",
                en: "Excused absence: \"ID|reason\" (repeatable)."
            )
        case .decision: language.pick(nb: "Vedtak (gjentas).", nn: "Vedtak (kan gjentakast).", en: "Decision (repeatable).")
        case .actionItem:
            language.pick(
                nb: "Oppfølgingspunkt: \"PERSON_ID|hva|ÅÅÅÅ-MM-DD\" (gjentas).",
                nn: "Oppfølgingspunkt: \"PERSON_ID|kva|ÅÅÅÅ-MM-DD\" (kan gjentakast).",
                en: "Action item: \"PERSON_ID|what|YYYY-MM-DD\" (repeatable)."
            )
        case .minutesFormat: language.pick(nb: "Formatet.", nn: "Formatet.", en: "The format.")
        case .onlyParticipant:
            language.pick(nb: "Bare møter for denne deltakeren.", nn: "Berre møte for denne deltakaren.", en: "Only meetings of this participant.")
        case .onlyKind:
            language.pick(
                nb: "Bare denne møtetypen (f.eks. leaderMeeting).",
                nn: "Berre denne møtetypen (t.d. leaderMeeting).",
                en: "Only this kind of meeting (e.g. leaderMeeting)."
            )
        case .openActions:
            language.pick(
                nb: "Bare møter med åpne oppfølgingspunkter.",
                nn: "Berre møte med opne oppfølgingspunkt.",
                en: "Only meetings with open action items."
            )
        case .includeDone: language.pick(nb: "Ta med utførte punkter.", nn: "Ta med utførte punkt.", en: "Include items that are done.")
        case .actionItemID:
            language.pick(
                nb: "Punktets nummer (fra samkal actions).",
                nn: "Nummeret på punktet (frå samkal actions).",
                en: "The item's number (from samkal actions)."
            )
        case .attendanceParty:
            language.pick(
                nb: "Møter der denne parten deltar, for alle deltakere du følger.",
                nn: "Møte der denne parten deltek, for alle deltakarar du følgjer.",
                en: "Meetings this party takes part in, for every participant you follow."
            )
        case .attendanceKind:
            language.pick(
                nb: "Møter av denne typen, for alle deltakere du følger.",
                nn: "Møte av denne typen, for alle deltakarar du følgjer.",
                en: "Meetings of this kind, for every participant you follow."
            )
        case .auditLimit: language.pick(nb: "Bare de siste N linjene.", nn: "Berre dei siste N linjene.", en: "Only the last N entries.")
        case .reportYear: language.pick(nb: "Året rapporten gjelder.", nn: "Året rapporten gjeld.", en: "The year the report covers.")
        case .reportFormat: language.pick(nb: "Formatet (text, html, csv eller json).", nn: "Formatet: text, html, csv eller json.", en: "The format (text, html, csv or json).")
        case .reportAsOf:
            language.pick(
                nb: "Dagen statusen gjelder (standard i dag): møter før den uten referat er ikke dokumentert.",
                nn: "Dagen statusen gjeld (standard i dag): møte før han utan referat er ikkje dokumenterte.",
                en: "The day the status is for (default today): meetings before it without minutes are not documented."
            )
        case .yearValue: language.pick(nb: "år", nn: "år", en: "year")

        case .busyOwner:
            language.pick(
                nb: "Eier (person-id, saksnummer eller group:KLASSE).",
                nn: "Eigar (person-id, saksnummer eller group:KLASSE).",
                en: "Owner (person id, case number or group:CLASS)."
            )
        case .busyFile: language.pick(nb: "iCalendar-filen.", nn: "iCalendar-fila.", en: "The iCalendar file.")
        case .busyDirectory:
            language.pick(
                nb: "Importer alle OWNER.ics i denne mappen.",
                nn: "Importer alle OWNER.ics i denne mappa.",
                en: "Import every OWNER.ics in this directory."
            )
        case .busyFrom:
            language.pick(
                nb: "Fra dato for gjentakende hendelser (standard: ett år tilbake).",
                nn: "Frå dato for hendingar som gjentek seg (standard: eitt år tilbake).",
                en: "From date for recurring events (default: a year back)."
            )
        case .busyTo:
            language.pick(
                nb: "Til dato for gjentakende hendelser (standard: tre år fram).",
                nn: "Til dato for hendingar som gjentek seg (standard: tre år fram).",
                en: "To date for recurring events (default: three years ahead)."
            )

        case .feedPerson: language.pick(nb: "En persons kalender (person-id).", nn: "Kalenderen til ein person (person-id).", en: "A person's calendar (person id).")
        case .feedParty: language.pick(nb: "En parts kalender (part-id).", nn: "Kalenderen til ein part (part-id).", en: "A party's calendar (party id).")
        case .feedAgreement:
            language.pick(
                nb: "Hele avtalens kalender (avtale-id).",
                nn: "Kalenderen til heile avtalen (avtale-id).",
                en: "The whole agreement's calendar (agreement id)."
            )
        case .baseURL:
            language.pick(
                nb: "Adressen kalenderprogrammene når samkal serve på, f.eks. https://kalender.kommune.no (standard $SAMKAL_BASE_URL, ellers der samkal serve lytter, http://localhost:8080).",
                nn: "Adressa kalenderprogramma når samkal serve på, t.d. https://kalender.kommune.no (standard $SAMKAL_BASE_URL, elles der samkal serve lyttar, http://localhost:8080).",
                en: "The address calendar programs reach samkal serve at, e.g. https://calendar.example.org (default $SAMKAL_BASE_URL, else where samkal serve listens, http://localhost:8080)."
            )
        case .subscriptionID:
            language.pick(
                nb: "Abonnementets nummer (fra samkal feeds list).",
                nn: "Nummeret på abonnementet (frå samkal feeds list).",
                en: "The subscription's number (from samkal feeds list)."
            )
        case .host:
            language.pick(
                nb: "Adressen det lyttes på (standard $SAMKAL_HOST eller 127.0.0.1).",
                nn: "Adressa det blir lytta på (standard $SAMKAL_HOST eller 127.0.0.1).",
                en: "The address to listen on (default $SAMKAL_HOST or 127.0.0.1)."
            )
        case .port:
            language.pick(
                nb: "Porten (standard $SAMKAL_PORT eller 8080).",
                nn: "Porten (standard $SAMKAL_PORT eller 8080).",
                en: "The port (default $SAMKAL_PORT or 8080)."
            )
        case .keepCancelledDays:
            language.pick(
                nb: "Hvor lenge avlyste møter blir stående i kalenderne, i dager.",
                nn: "Kor lenge avlyste møte blir ståande i kalendrane, i dagar.",
                en: "How long cancelled meetings stay in the calendars, in days."
            )
        case .idleTimeout:
            language.pick(
                nb: "Sekunder en forbindelse kan være stille før den lukkes (standard $SAMKAL_IDLE_TIMEOUT eller 30).",
                nn: "Sekund ei tilkopling kan vere stille før ho blir lukka (standard $SAMKAL_IDLE_TIMEOUT eller 30).",
                en: "Seconds a connection may be silent before it is closed (default $SAMKAL_IDLE_TIMEOUT or 30)."
            )
        case .headerTimeout:
            language.pick(
                nb: "Sekunder en klient har på å sende hele forespørselshodet (standard $SAMKAL_HEADER_TIMEOUT eller 10).",
                nn: "Sekund ein klient har på å sende heile førespurnadshovudet (standard $SAMKAL_HEADER_TIMEOUT eller 10).",
                en: "Seconds a client has to send the whole request head (default $SAMKAL_HEADER_TIMEOUT or 10)."
            )
        case .maxConnections:
            language.pick(
                nb: "Største antall åpne forbindelser; flere lukkes straks (standard $SAMKAL_MAX_CONNECTIONS eller 200).",
                nn: "Største talet på opne tilkoplingar; fleire blir lukka med ein gong (standard $SAMKAL_MAX_CONNECTIONS eller 200).",
                en: "Most open connections; more are closed at once (default $SAMKAL_MAX_CONNECTIONS or 200)."
            )
        case .logBufferLines:
            language.pick(
                nb: "Logglinjer som holdes mens loggen ikke blir lest; flere forkastes og telles (standard $SAMKAL_LOG_BUFFER_LINES eller 10000).",
                nn: "Logglinjer som blir haldne medan loggen ikkje blir lesen; fleire blir forkasta og talde (standard $SAMKAL_LOG_BUFFER_LINES eller 10000).",
                en: "Log lines kept while the log is not read; more are dropped and counted (default $SAMKAL_LOG_BUFFER_LINES or 10000)."
            )
        case .secondsValue: language.pick(nb: "sekunder", nn: "sekund", en: "seconds")
        case .countValue: language.pick(nb: "antall", nn: "tal", en: "count")
        case .linesValue: language.pick(nb: "linjer", nn: "linjer", en: "lines")
        case .personIDValue: language.pick(nb: "person-id", nn: "person-id", en: "person-id")
        case .directoryValue: language.pick(nb: "mappe", nn: "mappe", en: "directory")
        case .agreementFileValue: language.pick(nb: "avtalefil", nn: "avtalefil", en: "agreement-file")
        case .agreementIDValue: language.pick(nb: "avtale-id", nn: "avtale-id", en: "agreement-id")
        case .dateValue: language.pick(nb: "dato", nn: "dato", en: "date")
        case .fileValue: language.pick(nb: "fil", nn: "fil", en: "file")
        case .meetingValue: language.pick(nb: "møte", nn: "møte", en: "meeting")
        case .participantValue: language.pick(nb: "saksnr", nn: "saksnr", en: "case-number")
        case .numberValue: language.pick(nb: "nr", nn: "nr", en: "number")
        case .ownerValue: language.pick(nb: "eier", nn: "eigar", en: "owner")
        case .partyValue: language.pick(nb: "part-id", nn: "part-id", en: "party-id")
        case .kindValue: language.pick(nb: "møtetype", nn: "møtetype", en: "kind")
        case .timeValue: language.pick(nb: "tidspunkt", nn: "tidspunkt", en: "time")
        case .languageValue: language.pick(nb: "språk", nn: "språk", en: "language")
        case .urlValue: language.pick(nb: "adresse", nn: "adresse", en: "url")
        case .emailValue: language.pick(nb: "e-postadresse", nn: "e-postadresse", en: "email-address")
        case .idValue: language.pick(nb: "id", nn: "id", en: "id")
        case .excuseValue: language.pick(nb: "id|grunn", nn: "id|grunn", en: "id|reason")
        case .textValue: language.pick(nb: "tekst", nn: "tekst", en: "text")
        case .actionItemValue: language.pick(nb: "person-id|hva|dato", nn: "person-id|kva|dato", en: "person-id|what|date")
        case .nameValue: language.pick(nb: "navn", nn: "namn", en: "name")
        case .yesNoValue: language.pick(nb: "ja/nei", nn: "ja/nei", en: "ja/nei")
        case .goalValue: language.pick(nb: "mål", nn: "mål", en: "goal")
        case .needsValue: language.pick(nb: "behov", nn: "behov", en: "needs")
        case .personIDsValue: language.pick(nb: "person-id-er", nn: "person-id-ar", en: "person-ids")
        case .periodsValue: language.pick(nb: "perioder", nn: "periodar", en: "periods")
        case .serverValue: language.pick(nb: "tjener", nn: "tenar", en: "server")
        case .portValue: language.pick(nb: "port", nn: "port", en: "port")
        case .daysValue: language.pick(nb: "dager", nn: "dagar", en: "days")
        case .statusValue: language.pick(nb: "status", nn: "status", en: "status")
        case .formatValue: language.pick(nb: "format", nn: "format", en: "format")
        case .securityValue: language.pick(nb: "starttls|none", nn: "starttls|none", en: "starttls|none")
        case .userNameValue: language.pick(nb: "brukernavn", nn: "brukarnamn", en: "user-name")
        case .durationValue: language.pick(nb: "varighet", nn: "varigheit", en: "duration")

        case .onlyMeeting:
            language.pick(
                nb: "Bare dette møtet (kort referanse M-XXXXX eller UID).",
                nn: "Berre dette møtet (kort referanse M-XXXXX eller UID).",
                en: "Only this meeting (short reference M-XXXXX or UID)."
            )
        case .pending:
            language.pick(
                nb: "Alle møter med noe å sende (standard).",
                nn: "Alle møte med noko å sende (standard).",
                en: "Every meeting with something to send (the default)."
            )
        case .inviteDryRun:
            language.pick(
                nb: "Vis hva som ville blitt sendt, uten å sende eller lagre noe.",
                nn: "Vis kva som ville blitt sendt, utan å sende eller lagre noko.",
                en: "Show what would be sent, without sending or storing anything."
            )
        case .outboxDirectory:
            language.pick(
                nb: "Skriv meldingene som .eml-filer i denne mappen i stedet for å sende dem; de blir liggende i utboksen.",
                nn: "Skriv meldingane som .eml-filer i denne mappa i staden for å sende dei; dei vert liggjande i utboksen.",
                en: "Write the messages as .eml files to this directory instead of sending them; they stay in the outbox."
            )
        case .markSent:
            language.pick(
                nb: "Med --outbox-dir: merk meldingene som sendt (en annen tjeneste leverer filene fra mappen).",
                nn: "Med --outbox-dir: merk meldingane som sende (ei anna teneste leverer filene frå mappa).",
                en: "With --outbox-dir: mark the messages sent (another service delivers the files from the directory)."
            )
        case .retries:
            language.pick(
                nb: "Forsøk per melding i denne kjøringen før den venter til neste.",
                nn: "Forsøk per melding i denne køyringa før ho ventar til neste.",
                en: "Attempts per message in this run before it waits for the next."
            )
        case .smtpHost:
            language.pick(
                nb: "SMTP-tjeneren (standard $SAMKAL_SMTP_HOST).",
                nn: "SMTP-tenaren (standard $SAMKAL_SMTP_HOST).",
                en: "The SMTP server (default $SAMKAL_SMTP_HOST)."
            )
        case .smtpPort:
            language.pick(
                nb: "Porten (standard $SAMKAL_SMTP_PORT, ellers 587).",
                nn: "Porten (standard $SAMKAL_SMTP_PORT, elles 587).",
                en: "The port (default $SAMKAL_SMTP_PORT, else 587)."
            )
        case .smtpSecurity:
            language.pick(
                nb: "starttls (standard) eller none (standard $SAMKAL_SMTP_SECURITY).",
                nn: "starttls (standard) eller none (standard $SAMKAL_SMTP_SECURITY).",
                en: "starttls (the default) or none (default $SAMKAL_SMTP_SECURITY)."
            )
        case .smtpUser:
            language.pick(
                nb: "Brukernavn for AUTH (standard $SAMKAL_SMTP_USER); passordet fra $SAMKAL_SMTP_PASSWORD eller --smtp-password-file.",
                nn: "Brukarnamn for AUTH (standard $SAMKAL_SMTP_USER); passordet frå $SAMKAL_SMTP_PASSWORD eller --smtp-password-file.",
                en: "User name for AUTH (default $SAMKAL_SMTP_USER); the password from $SAMKAL_SMTP_PASSWORD or --smtp-password-file."
            )
        case .smtpPasswordFile:
            language.pick(nb: "Fil med passordet (første linje).", nn: "Fil med passordet (første linja).", en: "File with the password (first line).")
        case .smtpCAFile:
            language.pick(
                nb: "PEM-fil med sertifikatutstedere å stole på (standard $SAMKAL_SMTP_CA_FILE).",
                nn: "PEM-fil med sertifikatutferdarar å stole på (standard $SAMKAL_SMTP_CA_FILE).",
                en: "PEM file of certificate authorities to trust (default $SAMKAL_SMTP_CA_FILE)."
            )
        case .smtpTimeout: language.pick(nb: "Sekunder å vente på tjeneren.", nn: "Sekund å vente på tenaren.", en: "Seconds to wait for the server.")
        case .outboxStatus:
            language.pick(
                nb: "Bare meldinger med denne statusen: pending, sending, sent eller failed.",
                nn: "Berre meldingar med denne statusen: pending, sending, sent eller failed.",
                en: "Only messages with this status: pending, sending, sent or failed."
            )
        case .replyFile:
            language.pick(
                nb: "Filen med svaret, eller - for standard inn.",
                nn: "Fila med svaret, eller - for standard inn.",
                en: "The file with the reply, or - for standard input."
            )
        case .replySender:
            language.pick(
                nb: "Avsenderen du går god for, for en ren .ics-fil (e-poster bruker From).",
                nn: "Avsendaren du går god for, for ei rein .ics-fil (e-postar bruker From).",
                en: "The sender you vouch for, for a bare .ics file (emails use From)."
            )
        case .tokenPerson:
            language.pick(
                nb: "Personen nøkkelen taler for (person-id i en lagret avtale).",
                nn: "Personen nøkkelen talar for (person-id i ein lagra avtale).",
                en: "The person the token speaks for (a person id of a stored agreement)."
            )
        case .tokenExpires:
            language.pick(
                nb: "Hvor lenge nøkkelen virker: antall dager, som 90d (1d til 366d).",
                nn: "Kor lenge nøkkelen verkar: tal dagar, som 90d (1d til 366d).",
                en: "How long the token works: a number of days, such as 90d (1d to 366d)."
            )
        case .tokenLabel:
            language.pick(
                nb: "Hva nøkkelen er til (vises i listen).",
                nn: "Kva nøkkelen er til (blir vist i lista).",
                en: "What the token is for (shown in the listing)."
            )
        case .oidcIssuer:
            language.pick(
                nb: "Identitetsleverandøren API-et godtar tokener fra (issuer; standard $SAMKAL_OIDC_ISSUER).",
                nn: "Identitetsleverandøren API-et godtek token frå (issuer; standard $SAMKAL_OIDC_ISSUER).",
                en: "The identity provider whose tokens the API accepts (issuer; default $SAMKAL_OIDC_ISSUER)."
            )
        case .oidcAudience:
            language.pick(
                nb: "samkals klient-id hos leverandøren; tokenets aud må nevne den (standard $SAMKAL_OIDC_AUDIENCE).",
                nn: "Klient-id-en til samkal hos leverandøren; aud i tokenet må nemne han (standard $SAMKAL_OIDC_AUDIENCE).",
                en: "samkal's client id at the provider; the token's aud must name it (default $SAMKAL_OIDC_AUDIENCE)."
            )
        case .oidcClaim:
            language.pick(
                nb: "Påstanden som gir personen, sammenlignet med e-postadressene i avtalene (standard email).",
                nn: "Påstanden som gir personen, samanlikna med e-postadressene i avtalane (standard email).",
                en: "The claim that names the person, matched with the email addresses of the agreements (default email)."
            )
        case .authBackoffAfter:
            language.pick(
                nb: "Mislykte innlogginger en adresse kan gjøre på et minutt før den bremses (standard 5, $SAMKAL_AUTH_BACKOFF_AFTER).",
                nn: "Mislukka innloggingar ei adresse kan gjere på eitt minutt før ho blir bremsa (standard 5, $SAMKAL_AUTH_BACKOFF_AFTER).",
                en: "Failed sign-ins an address may make within a minute before it is slowed down (default 5, $SAMKAL_AUTH_BACKOFF_AFTER)."
            )
        case .server:
            language.pick(nb: "Tjenerens adresse, som https://samkal.kommune.no.", nn: "Adressa til tenaren, som https://samkal.kommune.no.", en: "The server's address, such as https://samkal.kommune.no.")
        case .loginToken:
            language.pick(
                nb: "En personlig tilgangsnøkkel (samkal_…) i stedet for innlogging; - leser den fra standard inn.",
                nn: "Ein personleg tilgangsnøkkel (samkal_…) i staden for innlogging; - les han frå standard inn.",
                en: "A personal access token (samkal_…) instead of signing in; - reads it from standard input."
            )
        case .tokenID:
            language.pick(nb: "Nøkkelens nummer (fra samkal tokens list).", nn: "Nummeret til nøkkelen (frå samkal tokens list).", en: "The token's number (from samkal tokens list).")
        }
    }
}
