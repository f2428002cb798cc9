/// Every sentence the command line says to a person, in every language samkal speaks, in
/// one place (the texts of domain values — problems, rules, kinds — live with their types
/// as `message(in:)` or `text(in:)`). Each text is given in bokmål, nynorsk and English at
/// once (`Language.pick`).
public enum UserText: Sendable, Hashable {
    // Framing
    case error(String)
    case refused(String)
    case note(String)
    case yes, no
    case open, done
    case total
    case standardInput

    // Identity and the data directory
    case identityRequired
    case broadMode(file: String, mode: String, fix: String)
    case secretUnreadable(file: String, directory: String)
    case cannotWrite(directory: String, reason: String)
    case cannotRead(file: String)
    case cannotReadFile(file: String)
    case notADirectory(flag: String, path: String)
    case directoryNotWritable(nothingStored: Bool)
    case portOutOfRange(source: String, value: String)
    case unexpectedFailure(kind: String)
    case noEditor(editor: String)
    case moreProblems(Int)

    // Dates and flags
    case invalidDate(flag: String, value: String)
    case invalidDateFormat(flag: String, value: String)
    case toBeforeFrom
    case toBeforeFromValues(from: String, to: String)
    case yearsOutOfRange
    case invalidStamp(String)
    case unknownTimeZone(String)
    case unknownParty(String)

    // Planning
    case planVersionSummary(number: Int64, added: Int, moved: Int, cancelled: Int, restored: Int)
    /// `plan --all`: agreements left as they are, the asker convening none of their meetings.
    case regionHeld([String])
    /// `plan --all`: one agreement's count of meetings in the range, and of those not placed.
    case regionPlanned(meetings: Int, unplaced: Int)
    case cancelledMeetingTitle(String)
    case planVersionHeading(number: Int64, createdAt: String, from: String, to: String, changes: Int)
    case noPlanVersions
    case feedFilesWritten(count: Int, directory: String)
    case agreementOK(id: String, name: String)
    case agreementCalendar(zone: String, start: String, end: String, days: String)
    case agreementSize(parties: Int, people: Int)
    case leaderMeetings(count: Int, periods: String)
    case revisionOwnMeeting(window: String)
    case revisionAgendaItem(period: String)
    case cooperationMeetings(everyWeeks: Int, weekday: String, from: String)
    case infoMeetings(count: Int)
    case avoidPeriods(Int)
    /// How meetings about participants are placed: nearest day first (`withinDays` nil), or
    /// the preferred time within that many working days of the nominal day.
    case participantMeetingPlacement(time: String, withinDays: Int?)

    // Participants and busy time
    case participantsImported(count: Int, file: String, inserted: Int, updated: Int)
    case participantAdded(String)
    case participantUpdated(String)
    case participantEnded(id: String, date: String)
    case participantsHidden(Int)
    case busyImported(owner: String, count: Int, source: String)

    // Minutes and action items
    case attendanceGivenTwice(String)
    case declinedInvitation
    case minutesSaved(title: String)
    case minutesAmended(revision: Int)
    case noAttendanceFor(String)
    case minutesEmpty
    case draftNotCreated
    case editorFailed
    case minutesDraftHeader(title: String, date: String, start: String)
    case actionItemDone(id: Int64, text: String)

    // Links and the server
    case subscriptionMade(id: Int64, label: String, http: String, webcal: String)
    case noActiveSubscription(Int64)
    case subscriptionRevoked(Int64)
    case noActiveLinks
    case emptyDatabase
    case waitingForPlan(agreement: String)
    case exampleMissing
    case examplePlanned(from: String, to: String, meetings: Int)

    // Invitations, the outbox and answers
    case badAddress(person: String, address: String)
    case invalidInvitationCalendar(uid: String, problems: String)
    case invitationsDryRun(Int)
    case invitationsQueued(Int)
    case deliveryStopped(String)
    case messagesRequeued(Int)
    case nothingRecorded
    case replyFromMismatch(vouched: String, sender: String)
    case bareCalendarNeedsSender
    case replyRecorded(uid: String, attendee: String, answer: String, sequence: Int)
    case replyStale(uid: String, attendee: String, replySequence: Int, meetingSequence: Int)
    case replySuperseded(uid: String, attendee: String)
    case noSMTPServer(waiting: Int)
    case deliverySummary(sent: Int, waiting: Int, failed: Int)
    case invalidActionItem(String)

    // Server limits
    case notPositive(flag: String, value: String)
    /// A year outside what samkal plans (`--year`).
    case yearOutOfRange(flag: String, value: String)

    public func text(in language: Language) -> String {
        switch self {
        case .error(let message): return language.pick(nb: "feil: ", nn: "feil: ", en: "error: ") + message
        case .refused(let rule): return language.pick(nb: "nektet: ", nn: "nekta: ", en: "refused: ") + rule
        case .note(let message): return language.pick(nb: "merk: ", nn: "merk: ", en: "note: ") + message
        case .yes: return language.pick(nb: "ja", nn: "ja", en: "yes")
        case .no: return language.pick(nb: "nei", nn: "nei", en: "no")
        case .open: return language.pick(nb: "åpen", nn: "open", en: "open")
        case .done: return language.pick(nb: "utført", nn: "gjort", en: "done")
        case .total: return language.pick(nb: "sum", nn: "sum", en: "total")
        case .standardInput: return language.pick(nb: "standard inn", nn: "standard inn", en: "standard input")

        case .identityRequired:
            return language.pick(
                nb: "oppgi hvem du er med --as PERSON_ID eller SAMKAL_USER: kommandoen gjelder personopplysninger og føres i tilgangsloggen",
                nn: "oppgje kven du er med --as PERSON_ID eller SAMKAL_USER: kommandoen gjeld personopplysningar og blir ført i tilgangsloggen",
                en: "say who you are with --as PERSON_ID or SAMKAL_USER: the command concerns personal data and is recorded in the audit log"
            )
        case .broadMode(let file, let mode, let fix):
            return language.pick(
                nb: "advarsel: \(file) har tilgangene \(mode): andre enn eieren kan lese personopplysninger; stram inn med chmod \(fix) \(file)",
                nn: "åtvaring: \(file) har tilgangane \(mode): andre enn eigaren kan lese personopplysningar; stram inn med chmod \(fix) \(file)",
                en: "warning: \(file) has mode \(mode): others than its owner can read personal data; tighten it with chmod \(fix) \(file)"
            )
        case .secretUnreadable(let file, let directory):
            return language.pick(
                nb: "kan ikke lese eller lage hemmeligheten \(file) i \(directory); sjekk at mappen finnes og er din",
                nn: "kan ikkje lese eller lage hemmelegheita \(file) i \(directory); sjekk at mappa finst og er di",
                en: "cannot read or create the secret \(file) in \(directory); check that the directory exists and is yours"
            )
        case .cannotWrite(let directory, let reason):
            return language.pick(
                nb: "kan ikke skrive til \(directory): \(reason)",
                nn: "kan ikkje skrive til \(directory): \(reason)",
                en: "cannot write to \(directory): \(reason)"
            )
        case .cannotRead(let file):
            return language.pick(nb: "kan ikke lese \(file)", nn: "kan ikkje lese \(file)", en: "cannot read \(file)")
        case .cannotReadFile(let file):
            return language.pick(nb: "\(file): kan ikke lese filen", nn: "\(file): kan ikkje lese fila", en: "\(file): cannot read the file")
        case .directoryNotWritable(let nothingStored):
            return language.pick(
                nb: "mappen kan ikke lages, eller samkal har ikke skrivetilgang til den" + (nothingStored ? " (ingenting er lagret)" : ""),
                nn: "mappa kan ikkje lagast, eller samkal har ikkje skrivetilgang til ho" + (nothingStored ? " (ingenting er lagra)" : ""),
                en: "the directory cannot be created, or samkal may not write to it" + (nothingStored ? " (nothing was stored)" : "")
            )
        case .notADirectory(let flag, let path):
            return language.pick(
                nb: "\(flag): \(path) finnes ikke eller er ikke en mappe",
                nn: "\(flag): \(path) finst ikkje eller er ikkje ei mappe",
                en: "\(flag): \(path) does not exist or is not a directory"
            )
        case .moreProblems(let count):
            return language.pick(
                nb: "… og \(count) feil til (rett de første og prøv igjen)",
                nn: "… og \(count) feil til (rett dei første og prøv igjen)",
                en: "… and \(count) more (fix the first ones and try again)"
            )
        case .noEditor(let editor):
            return language.pick(
                nb: "fant ikke redigeringsprogrammet '\(editor)': sett EDITOR (for eksempel EDITOR=nano), eller gi teksten med --file FIL eller på standard inn",
                nn: "fann ikkje redigeringsprogrammet '\(editor)': set EDITOR (til dømes EDITOR=nano), eller gje teksten med --file FIL eller på standard inn",
                en: "cannot find the editor '\(editor)': set EDITOR (for example EDITOR=nano), or give the text with --file FILE or on standard input"
            )
        case .unexpectedFailure(let kind):
            return language.pick(
                nb: "samkal stoppet på en uventet feil (\(kind)); ingenting ble endret. Prøv igjen, og meld fra om det gjentar seg",
                nn: "samkal stoppa på ein uventa feil (\(kind)); ingenting vart endra. Prøv igjen, og meld frå om det gjentek seg",
                en: "samkal stopped on an unexpected error (\(kind)); nothing was changed. Try again, and report it if it recurs"
            )
        case .portOutOfRange(let source, let value):
            return language.pick(
                nb: "\(source): '\(value)' er ikke et portnummer (1–65535)",
                nn: "\(source): '\(value)' er ikkje eit portnummer (1–65535)",
                en: "\(source): '\(value)' is not a port number (1–65535)"
            )

        case .invalidDate(let flag, let value):
            return language.pick(
                nb: "\(flag): '\(value)' er ikke en gyldig dato",
                nn: "\(flag): '\(value)' er ikkje ein gyldig dato",
                en: "\(flag): '\(value)' is not a valid date"
            )
        case .invalidDateFormat(let flag, let value):
            return language.pick(
                nb: "\(flag): '\(value)' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)",
                nn: "\(flag): '\(value)' er ikkje ein gyldig dato (ÅÅÅÅ-MM-DD)",
                en: "\(flag): '\(value)' is not a valid date (YYYY-MM-DD)"
            )
        case .toBeforeFrom:
            return language.pick(nb: "--to kommer før --from", nn: "--to kjem før --from", en: "--to is before --from")
        case .toBeforeFromValues(let from, let to):
            return language.pick(
                nb: "--to (\(to)) kommer før --from (\(from))",
                nn: "--to (\(to)) kjem før --from (\(from))",
                en: "--to (\(to)) is before --from (\(from))"
            )
        case .yearsOutOfRange:
            return language.pick(
                nb: "datoene må ligge i årene 1900–2200",
                nn: "datoane må liggje i åra 1900–2200",
                en: "dates must lie in the years 1900–2200"
            )
        case .invalidStamp(let value):
            return language.pick(
                nb: "--stamp: '\(value)' er ikke et UTC-tidspunkt (ÅÅÅÅ-MM-DDTHH:MM:SSZ)",
                nn: "--stamp: '\(value)' er ikkje eit UTC-tidspunkt (ÅÅÅÅ-MM-DDTHH:MM:SSZ)",
                en: "--stamp: '\(value)' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"
            )
        case .unknownTimeZone(let zone):
            return language.pick(nb: "ukjent tidssone: \(zone)", nn: "ukjend tidssone: \(zone)", en: "unknown time zone: \(zone)")
        case .unknownParty(let party):
            return language.pick(nb: "ukjent part: \(party)", nn: "ukjend part: \(party)", en: "unknown party: \(party)")

        case .planVersionSummary(let number, let added, let moved, let cancelled, let restored):
            return language.pick(
                nb: "Planversjon \(number): \(added) nye, \(moved) endret, \(cancelled) avlyst, \(restored) gjeninnsatt.",
                nn: "Planversjon \(number): \(added) nye, \(moved) endra, \(cancelled) avlyst, \(restored) sett inn att.",
                en: "Plan version \(number): \(added) added, \(moved) changed, \(cancelled) cancelled, \(restored) restored."
            )
        case .regionHeld(let ids):
            return language.pick(
                nb: "Ikke planlagt, du kaller ikke inn der (møtene står fast og er opptatt tid for de andre): \(ids.joined(separator: ", "))",
                nn: "Ikkje planlagt, du kallar ikkje inn der (møta står fast og er oppteken tid for dei andre): \(ids.joined(separator: ", "))",
                en: "Not planned, you do not convene there (its meetings stay and are busy time for the others): \(ids.joined(separator: ", "))"
            )
        case .regionPlanned(let meetings, let unplaced):
            return language.pick(
                nb: "\(meetings) møter i perioden, \(unplaced) ikke plassert",
                nn: "\(meetings) møte i perioden, \(unplaced) ikkje plasserte",
                en: "\(meetings) meetings in the range, \(unplaced) not placed"
            )
        case .cancelledMeetingTitle(let title):
            return language.pick(nb: "\(title) (avlyst)", nn: "\(title) (avlyst)", en: "\(title) (cancelled)")
        case .planVersionHeading(let number, let createdAt, let from, let to, let changes):
            return language.pick(
                nb: "Planversjon \(number) (\(createdAt), \(from)–\(to)): \(changes) endringer",
                nn: "Planversjon \(number) (\(createdAt), \(from)–\(to)): \(changes) endringar",
                en: "Plan version \(number) (\(createdAt), \(from)–\(to)): \(changes) changes"
            )
        case .noPlanVersions:
            return language.pick(nb: "Ingen planversjoner er lagret.", nn: "Ingen planversjonar er lagra.", en: "No plan versions are stored.")
        case .feedFilesWritten(let count, let directory):
            return language.pick(
                nb: "Skrev \(count) kalenderfiler til \(directory)/ (filnavnene røper ingenting; her er hvem som får hvilken):",
                nn: "Skreiv \(count) kalenderfiler til \(directory)/ (filnamna røper ingenting; her er kven som får kva for ei):",
                en: "Wrote \(count) calendar files to \(directory)/ (the names reveal nothing; this is whose is whose):"
            )
        case .agreementOK(let id, let name): return "OK: \(id) – \(name)"
        case .agreementCalendar(let zone, let start, let end, let days):
            return language.pick(
                nb: "  Tidssone \(zone), arbeidstid \(start)–\(end), møtedager: \(days)",
                nn: "  Tidssone \(zone), arbeidstid \(start)–\(end), møtedagar: \(days)",
                en: "  Time zone \(zone), working hours \(start)–\(end), meeting days: \(days)"
            )
        case .agreementSize(let parties, let people):
            return language.pick(
                nb: "  \(parties) parter, \(people) personer",
                nn: "  \(parties) partar, \(people) personar",
                en: "  \(parties) parties, \(people) people"
            )
        case .leaderMeetings(let count, let periods):
            return language.pick(
                nb: "  Ledermøter: \(count) per år (\(periods))",
                nn: "  Leiarmøte: \(count) per år (\(periods))",
                en: "  Leader meetings: \(count) a year (\(periods))"
            )
        case .revisionOwnMeeting(let window):
            return language.pick(
                nb: "  Årlig revisjon: eget møte (\(window))",
                nn: "  Årleg revisjon: eige møte (\(window))",
                en: "  Annual revision: own meeting (\(window))"
            )
        case .revisionAgendaItem(let period):
            return language.pick(
                nb: "  Årlig revisjon: sak på ledermøtet (\(period))",
                nn: "  Årleg revisjon: sak på leiarmøtet (\(period))",
                en: "  Annual revision: item on the leader meeting (\(period))"
            )

        case .cooperationMeetings(let everyWeeks, let weekday, let from):
            return language.pick(
                nb: "  Samarbeidsmøter: hver \(everyWeeks). uke på \(weekday) fra \(from)",
                nn: "  Samarbeidsmøte: kvar \(everyWeeks). veke på \(weekday) frå \(from)",
                en: "  Cooperation meetings: every \(everyWeeks) weeks on \(weekday) from \(from)"
            )
        case .infoMeetings(let count):
            return language.pick(
                nb: "  Informasjonsmøter: \(count) per år",
                nn: "  Informasjonsmøte: \(count) per år",
                en: "  Information meetings: \(count) a year"
            )
        case .avoidPeriods(let count):
            return language.pick(nb: "  Perioder å unngå: \(count)", nn: "  Periodar å unngå: \(count)", en: "  Periods to avoid: \(count)")
        case .participantMeetingPlacement(let time, nil):
            return language.pick(
                nb: "  Møter om deltakere: nærmeste virkedag først, så klokka \(time)",
                nn: "  Møte om deltakarar: næraste vyrkedag først, så klokka \(time)",
                en: "  Participant meetings: nearest working day first, then \(time)"
            )
        case .participantMeetingPlacement(let time, 0?):
            return language.pick(
                nb: "  Møter om deltakere: klokka \(time) på den fastsatte dagen, ellers nærmeste virkedag",
                nn: "  Møte om deltakarar: klokka \(time) på den fastsette dagen, elles næraste vyrkedag",
                en: "  Participant meetings: \(time) on the set day, else nearest working day"
            )
        case .participantMeetingPlacement(let time, 1?):
            return language.pick(
                nb: "  Møter om deltakere: klokka \(time) innen 1 virkedag, ellers nærmeste virkedag",
                nn: "  Møte om deltakarar: klokka \(time) innan 1 vyrkedag, elles næraste vyrkedag",
                en: "  Participant meetings: \(time) within 1 working day, else nearest working day"
            )
        case .participantMeetingPlacement(let time, let days?):
            return language.pick(
                nb: "  Møter om deltakere: klokka \(time) innen \(days) virkedager, ellers nærmeste virkedag",
                nn: "  Møte om deltakarar: klokka \(time) innan \(days) vyrkedagar, elles næraste vyrkedag",
                en: "  Participant meetings: \(time) within \(days) working days, else nearest working day"
            )
        case .participantsImported(let count, let file, let inserted, let updated):
            let unchanged = max(0, count - inserted - updated)
            if inserted == 0 && updated == 0 {
                return language.pick(
                    nb: "Leste \(count) deltakere fra \(file): ingen endringer, alle var registrert slik fra før.",
                    nn: "Las \(count) deltakarar frå \(file): ingen endringar, alle var registrerte slik frå før.",
                    en: "Read \(count) participants from \(file): no changes, all were registered like this already."
                )
            }
            return language.pick(
                nb: "Importerte \(count) deltakere fra \(file): \(inserted) nye, \(updated) endret, \(unchanged) uendret.",
                nn: "Importerte \(count) deltakarar frå \(file): \(inserted) nye, \(updated) endra, \(unchanged) uendra.",
                en: "Imported \(count) participants from \(file): \(inserted) new, \(updated) changed, \(unchanged) unchanged."
            )
        case .participantAdded(let id): return language.pick(nb: "La til \(id).", nn: "La til \(id).", en: "Added \(id).")
        case .participantUpdated(let id): return language.pick(nb: "Oppdaterte \(id).", nn: "Oppdaterte \(id).", en: "Updated \(id).")
        case .participantEnded(let id, let date):
            return language.pick(nb: "\(id) avsluttet \(date).", nn: "\(id) avslutta \(date).", en: "\(id) ended \(date).")
        case .participantsHidden(let count) where count == 1:
            return language.pick(
                nb: "(1 deltaker vises ikke: ikke tjenstlig behov)",
                nn: "(1 deltakar blir ikkje vist: ikkje tenestleg behov)",
                en: "(1 participant not shown: no need to know)"
            )
        case .participantsHidden(let count):
            return language.pick(
                nb: "(\(count) deltakere vises ikke: ikke tjenstlig behov)",
                nn: "(\(count) deltakarar blir ikkje viste: ikkje tenestleg behov)",
                en: "(\(count) participants not shown: no need to know)"
            )
        case .busyImported(let owner, let count, let source):
            return language.pick(
                nb: "\(owner): \(count) opptatt-perioder fra \(source)",
                nn: "\(owner): \(count) opptekne periodar frå \(source)",
                en: "\(owner): \(count) busy periods from \(source)"
            )

        case .attendanceGivenTwice(let ids):
            return language.pick(
                nb: "oppmøte er gitt flere ganger for: \(ids)",
                nn: "oppmøte er gjeve fleire gonger for: \(ids)",
                en: "attendance given more than once for: \(ids)"
            )
        case .declinedInvitation:
            return language.pick(nb: "takket nei til innkallingen", nn: "takka nei til innkallinga", en: "declined the invitation")
        case .minutesSaved(let title):
            return language.pick(
                nb: "Referat lagret for \(title) (versjon 1).",
                nn: "Referat lagra for \(title) (versjon 1).",
                en: "Minutes saved for \(title) (revision 1)."
            )
        case .minutesAmended(let revision):
            return language.pick(
                nb: "Referatet er endret (versjon \(revision)); tidligere versjoner er tatt vare på.",
                nn: "Referatet er endra (versjon \(revision)); tidlegare versjonar er tekne vare på.",
                en: "Minutes amended (revision \(revision)); earlier revisions are kept."
            )
        case .noAttendanceFor(let ids):
            return language.pick(
                nb: "merk: ingen oppmøte er ført for \(ids)",
                nn: "merk: ikkje noko oppmøte er ført for \(ids)",
                en: "note: no attendance recorded for \(ids)"
            )
        case .minutesEmpty:
            return language.pick(
                nb: "referatet er tomt; ingenting lagret",
                nn: "referatet er tomt; ingenting lagra",
                en: "the minutes are empty; nothing saved"
            )
        case .draftNotCreated:
            return language.pick(
                nb: "kan ikke lage et utkast i datamappen",
                nn: "kan ikkje lage eit utkast i datamappa",
                en: "cannot create a draft in the data directory"
            )
        case .editorFailed:
            return language.pick(
                nb: "redigeringsprogrammet avsluttet med feil; ingenting lagret",
                nn: "redigeringsprogrammet avslutta med feil; ingenting lagra",
                en: "the editor failed; nothing saved"
            )
        case .minutesDraftHeader(let title, let date, let start):
            return language.pick(
                nb: "\n# Referat for \(title), \(date) \(start).\n# Linjer som starter med # tas ikke med. Tomt referat avbryter.\n",
                nn: "\n# Referat for \(title), \(date) \(start).\n# Linjer som byrjar med # blir ikkje tekne med. Tomt referat avbryt.\n",
                en: "\n# Minutes for \(title), \(date) \(start).\n# Lines starting with # are left out. Empty minutes abort.\n"
            )
        case .actionItemDone(let id, let text):
            return language.pick(
                nb: "Punkt \(id) er utført: \(text)",
                nn: "Punkt \(id) er gjort: \(text)",
                en: "Item \(id) is done: \(text)"
            )

        case .subscriptionMade(let id, let label, let http, let webcal):
            return language.pick(
                nb: "Abonnement \(id) for \(label):\n  \(http)\n  \(webcal)\nLenken vises bare nå; bare en hash lagres.",
                nn: "Abonnement \(id) for \(label):\n  \(http)\n  \(webcal)\nLenkja blir berre vist no; berre ein hash blir lagra.",
                en: "Subscription \(id) for \(label):\n  \(http)\n  \(webcal)\nThe link is shown only now; only a hash is stored."
            )
        case .noActiveSubscription(let id):
            return language.pick(
                nb: "ingen aktivt abonnement \(id)",
                nn: "ikkje noko aktivt abonnement \(id)",
                en: "no active subscription \(id)"
            )
        case .subscriptionRevoked(let id):
            return language.pick(
                nb: "Abonnement \(id) er trukket tilbake.",
                nn: "Abonnement \(id) er trekt tilbake.",
                en: "Subscription \(id) revoked."
            )
        case .emptyDatabase:
            return language.pick(
                nb: "databasen har ingen avtaler ennå; les inn en med samkal plan AVTALE.yaml, eller flytt en SQLite-database hit med samkal migrate",
                nn: "databasen har ingen avtalar enno; les inn ein med samkal plan AVTALE.yaml, eller flytt ein SQLite-database hit med samkal migrate",
                en: "the database holds no agreement yet; read one in with samkal plan AGREEMENT.yaml, or move a SQLite store here with samkal migrate"
            )
        case .waitingForPlan(let agreement):
            return language.pick(
                nb: "en annen plan av \(agreement) lagres nå; venter på den",
                nn: "ein annan plan av \(agreement) blir lagra no; ventar på han",
                en: "another plan of \(agreement) is being recorded; waiting for it"
            )
        case .noActiveLinks:
            return language.pick(
                nb: "ingen aktive abonnementslenker ennå; lag dem med samkal feeds add --person|--party|--agreement ID",
                nn: "ingen aktive abonnementslenkjer enno; lag dei med samkal feeds add --person|--party|--agreement ID",
                en: "no active subscription links yet; make them with samkal feeds add --person|--party|--agreement ID"
            )
        case .exampleMissing:
            return language.pick(
                nb: "tomt datalager og fant ikke eksempelet i calendars/; kjør samkal plan og samkal feeds add først",
                nn: "tomt datalager, og fann ikkje dømet i calendars/; køyr samkal plan og samkal feeds add først",
                en: "empty store and the example in calendars/ was not found; run samkal plan and samkal feeds add first"
            )
        case .examplePlanned(let from, let to, let meetings):
            return language.pick(
                nb: "Planla eksempelregionen (Åfjord, Osen og det regionale ledermøtet) \(from)–\(to): \(meetings) møter.",
                nn: "Planla dømeregionen (Åfjord, Osen og det regionale leiarmøtet) \(from)–\(to): \(meetings) møte.",
                en: "Planned the example region (Åfjord, Osen and the regional leader meeting) \(from)–\(to): \(meetings) meetings."
            )

        case .badAddress(let person, let address):
            return language.pick(
                nb: "\(person) har ingen gyldig e-postadresse («\(address)»); ingenting er sendt",
                nn: "\(person) har inga gyldig e-postadresse («\(address)»); ingenting er sendt",
                en: "\(person) has no valid email address (“\(address)”); nothing was sent"
            )
        case .invalidInvitationCalendar(let uid, let problems):
            return language.pick(
                nb: "intern feil: kalenderobjektet for \(uid) bryter RFC 5546: \(problems)",
                nn: "intern feil: kalenderobjektet for \(uid) bryt RFC 5546: \(problems)",
                en: "internal error: the calendar object for \(uid) breaks RFC 5546: \(problems)"
            )
        case .invitationsDryRun(let count):
            return language.pick(
                nb: "\(count) meldinger ville blitt sendt (tørrkjøring, ingenting er lagret).",
                nn: "\(count) meldingar ville ha vorte sende (tørrkøyring, ingenting er lagra).",
                en: "\(count) messages would be sent (dry run, nothing stored)."
            )
        case .invitationsQueued(let count):
            return language.pick(
                nb: "\(count) nye meldinger i utboksen.",
                nn: "\(count) nye meldingar i utboksen.",
                en: "\(count) new messages in the outbox."
            )
        case .deliveryStopped(let why):
            return language.pick(nb: "sendingen stoppet: \(why)", nn: "sendinga stoppa: \(why)", en: "delivery stopped: \(why)")
        case .messagesRequeued(let count):
            return language.pick(
                nb: "\(count) meldinger lagt tilbake i køen.",
                nn: "\(count) meldingar lagde tilbake i køen.",
                en: "\(count) messages requeued."
            )
        case .nothingRecorded:
            return language.pick(nb: "ingenting er registrert", nn: "ingenting vart registrert", en: "nothing was recorded")
        case .replyFromMismatch(let vouched, let sender):
            return language.pick(
                nb: "--from \(vouched) stemmer ikke med avsenderen \(sender)",
                nn: "--from \(vouched) stemmer ikkje med avsendaren \(sender)",
                en: "--from \(vouched) does not match the sender \(sender)"
            )
        case .bareCalendarNeedsSender:
            return language.pick(
                nb: "en ren .ics-fil sier ikke hvem som sendte den; oppgi --from ADRESSE som du går god for (eller importer hele e-posten)",
                nn: "ei rein .ics-fil seier ikkje kven som sende ho; oppgje --from ADRESSE som du går god for (eller importer heile e-posten)",
                en: "a bare .ics file does not say who sent it; give --from ADDRESS that you vouch for (or import the whole email)"
            )
        case .replyRecorded(let uid, let attendee, let answer, let sequence): return "\(uid)  \(attendee): \(answer) (SEQUENCE \(sequence))"
        case .replyStale(let uid, let attendee, let replySequence, let meetingSequence):
            return language.pick(
                nb: "\(uid)  \(attendee): gammelt svar ignorert (SEQUENCE \(replySequence), møtet har \(meetingSequence))",
                nn: "\(uid)  \(attendee): gammalt svar ignorert (SEQUENCE \(replySequence), møtet har \(meetingSequence))",
                en: "\(uid)  \(attendee): stale reply ignored (SEQUENCE \(replySequence), the meeting is at \(meetingSequence))"
            )
        case .noSMTPServer(let waiting):
            return language.pick(
                nb: "ingen SMTP-tjener er oppgitt (--smtp-host eller SAMKAL_SMTP_HOST); \(waiting) meldinger venter i utboksen. Bruk --outbox-dir for .eml-filer.",
                nn: "ingen SMTP-tenar er oppgjeven (--smtp-host eller SAMKAL_SMTP_HOST); \(waiting) meldingar ventar i utboksen. Bruk --outbox-dir for .eml-filer.",
                en: "no SMTP server given (--smtp-host or SAMKAL_SMTP_HOST); \(waiting) messages wait in the outbox. Use --outbox-dir for .eml files."
            )
        case .deliverySummary(let sent, let waiting, let failed):
            return language.pick(
                nb: "Sendt: \(sent), venter: \(waiting), feilet: \(failed).",
                nn: "Sendt: \(sent), ventar: \(waiting), feila: \(failed).",
                en: "Sent: \(sent), waiting: \(waiting), failed: \(failed)."
            )
        case .invalidActionItem(let argument):
            return language.pick(
                nb: "--action '\(argument)': bruk \"PERSON_ID|hva|ÅÅÅÅ-MM-DD\" med en gyldig dato",
                nn: "--action '\(argument)': bruk \"PERSON_ID|kva|ÅÅÅÅ-MM-DD\" med ein gyldig dato",
                en: "--action '\(argument)': use \"PERSON_ID|what|YYYY-MM-DD\" with a valid date"
            )
        case .replySuperseded(let uid, let attendee):
            return language.pick(
                nb: "\(uid)  \(attendee): et nyere svar er alt registrert; ignorert",
                nn: "\(uid)  \(attendee): eit nyare svar er alt registrert; ignorert",
                en: "\(uid)  \(attendee): a newer answer is already recorded; ignored"
            )

        // Server limits
        case .yearOutOfRange(let flag, let value):
            return language.pick(
                nb: "\(flag) \(value): oppgi et år mellom 2000 og 2100",
                nn: "\(flag) \(value): oppgi eit år mellom 2000 og 2100",
                en: "\(flag) \(value): give a year between 2000 and 2100"
            )
        case .notPositive(let flag, let value):
            return language.pick(
                nb: "\(flag): '\(value)' må være et tall større enn null",
                nn: "\(flag): '\(value)' må vere eit tal større enn null",
                en: "\(flag): '\(value)' must be a number greater than zero"
            )
        }
    }
}
