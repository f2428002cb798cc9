/// Every sentence the command line says to a person, in every language samkal speaks, in
/// one place (the texts of domain values — problems, rules, kinds — live with their types
/// as `message(in:)` or `text(in:)`). A new language is a new column here.
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
    case serverListening(host: String, port: Int, directory: String)
    case exampleMissing
    case examplePlanned(from: String, to: String, meetings: Int)

    // Invitations, the outbox and answers
    case badAddress(person: String, address: String)
    case invalidInvitationCalendar(uid: String, problems: String)
    case invitationsDryRun(Int)
    case invitationsQueued(Int)
    case invitationsWritten(count: Int, directory: String)
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

    public func text(in language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .error(let message): return (nb ? "feil: " : "error: ") + message
        case .refused(let rule): return (nb ? "nektet: " : "refused: ") + rule
        case .note(let message): return (nb ? "merk: " : "note: ") + message
        case .yes: return nb ? "ja" : "yes"
        case .no: return nb ? "nei" : "no"
        case .open: return nb ? "åpen" : "open"
        case .done: return nb ? "utført" : "done"
        case .total: return nb ? "sum" : "total"
        case .standardInput: return nb ? "standard inn" : "standard input"

        case .identityRequired:
            return nb
                ? "oppgi hvem du er med --as PERSON_ID eller SAMKAL_USER: kommandoen gjelder personopplysninger og føres i tilgangsloggen"
                : "say who you are with --as PERSON_ID or SAMKAL_USER: the command concerns personal data and is recorded in the audit log"
        case .broadMode(let file, let mode, let fix):
            return nb
                ? "advarsel: \(file) har tilgangene \(mode): andre enn eieren kan lese personopplysninger; stram inn med chmod \(fix) \(file)"
                : "warning: \(file) has mode \(mode): others than its owner can read personal data; tighten it with chmod \(fix) \(file)"
        case .secretUnreadable(let file, let directory):
            return nb
                ? "kan ikke lese eller lage hemmeligheten \(file) i \(directory); sjekk at mappen finnes og er din"
                : "cannot read or create the secret \(file) in \(directory); check that the directory exists and is yours"
        case .cannotWrite(let directory, let reason):
            return nb ? "kan ikke skrive til \(directory): \(reason)" : "cannot write to \(directory): \(reason)"
        case .cannotRead(let file): return nb ? "kan ikke lese \(file)" : "cannot read \(file)"
        case .cannotReadFile(let file): return nb ? "\(file): kan ikke lese filen" : "\(file): cannot read the file"
        case .directoryNotWritable(let nothingStored):
            return nb
                ? "mappen kan ikke lages, eller samkal har ikke skrivetilgang til den" + (nothingStored ? " (ingenting er lagret)" : "")
                : "the directory cannot be created, or samkal may not write to it" + (nothingStored ? " (nothing was stored)" : "")
        case .notADirectory(let flag, let path):
            return nb ? "\(flag): \(path) finnes ikke eller er ikke en mappe" : "\(flag): \(path) does not exist or is not a directory"
        case .moreProblems(let count):
            return nb ? "… og \(count) feil til (rett de første og prøv igjen)" : "… and \(count) more (fix the first ones and try again)"
        case .noEditor(let editor):
            return nb
                ? "fant ikke redigeringsprogrammet '\(editor)': sett EDITOR (for eksempel EDITOR=nano), eller gi teksten med --file FIL eller på standard inn"
                : "cannot find the editor '\(editor)': set EDITOR (for example EDITOR=nano), or give the text with --file FILE or on standard input"
        case .unexpectedFailure(let kind):
            return nb
                ? "samkal stoppet på en uventet feil (\(kind)); ingenting ble endret. Prøv igjen, og meld fra om det gjentar seg"
                : "samkal stopped on an unexpected error (\(kind)); nothing was changed. Try again, and report it if it recurs"
        case .portOutOfRange(let source, let value):
            return nb ? "\(source): '\(value)' er ikke et portnummer (1–65535)" : "\(source): '\(value)' is not a port number (1–65535)"

        case .invalidDate(let flag, let value): return nb ? "\(flag): '\(value)' er ikke en gyldig dato" : "\(flag): '\(value)' is not a valid date"
        case .invalidDateFormat(let flag, let value):
            return nb ? "\(flag): '\(value)' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)" : "\(flag): '\(value)' is not a valid date (YYYY-MM-DD)"
        case .toBeforeFrom: return nb ? "--to kommer før --from" : "--to is before --from"
        case .toBeforeFromValues(let from, let to): return nb ? "--to (\(to)) kommer før --from (\(from))" : "--to (\(to)) is before --from (\(from))"
        case .yearsOutOfRange: return nb ? "datoene må ligge i årene 1900–2200" : "dates must lie in the years 1900–2200"
        case .invalidStamp(let value):
            return nb ? "--stamp: '\(value)' er ikke et UTC-tidspunkt (ÅÅÅÅ-MM-DDTHH:MM:SSZ)" : "--stamp: '\(value)' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"
        case .unknownTimeZone(let zone): return nb ? "ukjent tidssone: \(zone)" : "unknown time zone: \(zone)"
        case .unknownParty(let party): return nb ? "ukjent part: \(party)" : "unknown party: \(party)"

        case .planVersionSummary(let number, let added, let moved, let cancelled, let restored):
            return nb
                ? "Planversjon \(number): \(added) nye, \(moved) endret, \(cancelled) avlyst, \(restored) gjeninnsatt."
                : "Plan version \(number): \(added) added, \(moved) changed, \(cancelled) cancelled, \(restored) restored."
        case .cancelledMeetingTitle(let title): return nb ? "\(title) (avlyst)" : "\(title) (cancelled)"
        case .planVersionHeading(let number, let createdAt, let from, let to, let changes):
            return nb
                ? "Planversjon \(number) (\(createdAt), \(from)–\(to)): \(changes) endringer"
                : "Plan version \(number) (\(createdAt), \(from)–\(to)): \(changes) changes"
        case .noPlanVersions: return nb ? "Ingen planversjoner er lagret." : "No plan versions are stored."
        case .feedFilesWritten(let count, let directory):
            return nb
                ? "Skrev \(count) kalenderfiler til \(directory)/ (filnavnene røper ingenting; her er hvem som får hvilken):"
                : "Wrote \(count) calendar files to \(directory)/ (the names reveal nothing; this is whose is whose):"
        case .agreementOK(let id, let name): return "OK: \(id) – \(name)"
        case .agreementCalendar(let zone, let start, let end, let days):
            return nb
                ? "  Tidssone \(zone), arbeidstid \(start)–\(end), møtedager: \(days)"
                : "  Time zone \(zone), working hours \(start)–\(end), meeting days: \(days)"
        case .agreementSize(let parties, let people):
            return nb ? "  \(parties) parter, \(people) personer" : "  \(parties) parties, \(people) people"
        case .leaderMeetings(let count, let periods):
            return nb ? "  Ledermøter: \(count) per år (\(periods))" : "  Leader meetings: \(count) a year (\(periods))"
        case .revisionOwnMeeting(let window): return nb ? "  Årlig revisjon: eget møte (\(window))" : "  Annual revision: own meeting (\(window))"
        case .revisionAgendaItem(let period):
            return nb ? "  Årlig revisjon: sak på ledermøtet (\(period))" : "  Annual revision: item on the leader meeting (\(period))"

        case .cooperationMeetings(let everyWeeks, let weekday, let from):
            return nb
                ? "  Samarbeidsmøter: hver \(everyWeeks). uke på \(weekday) fra \(from)"
                : "  Cooperation meetings: every \(everyWeeks) weeks on \(weekday) from \(from)"
        case .infoMeetings(let count): return nb ? "  Informasjonsmøter: \(count) per år" : "  Information meetings: \(count) a year"
        case .avoidPeriods(let count): return nb ? "  Perioder å unngå: \(count)" : "  Periods to avoid: \(count)"
        case .participantsImported(let count, let file, let inserted, let updated):
            return nb
                ? "Importerte \(count) deltakere fra \(file): \(inserted) nye, \(updated) oppdatert."
                : "Imported \(count) participants from \(file): \(inserted) new, \(updated) updated."
        case .participantAdded(let id): return nb ? "La til \(id)." : "Added \(id)."
        case .participantUpdated(let id): return nb ? "Oppdaterte \(id)." : "Updated \(id)."
        case .participantEnded(let id, let date): return nb ? "\(id) avsluttet \(date)." : "\(id) ended \(date)."
        case .participantsHidden(let count):
            return nb ? "(\(count) deltakere vises ikke: ikke tjenstlig behov)" : "(\(count) participants not shown: no need to know)"
        case .busyImported(let owner, let count, let source):
            return nb ? "\(owner): \(count) opptatt-perioder fra \(source)" : "\(owner): \(count) busy periods from \(source)"

        case .attendanceGivenTwice(let ids): return nb ? "oppmøte er gitt flere ganger for: \(ids)" : "attendance given more than once for: \(ids)"
        case .declinedInvitation: return nb ? "takket nei til innkallingen" : "declined the invitation"
        case .minutesSaved(let title): return nb ? "Referat lagret for \(title) (versjon 1)." : "Minutes saved for \(title) (revision 1)."
        case .minutesAmended(let revision):
            return nb
                ? "Referatet er endret (versjon \(revision)); tidligere versjoner er tatt vare på."
                : "Minutes amended (revision \(revision)); earlier revisions are kept."
        case .noAttendanceFor(let ids): return nb ? "Merk: ingen oppmøte registrert for \(ids)" : "Note: no attendance recorded for \(ids)"
        case .minutesEmpty: return nb ? "referatet er tomt; ingenting lagret" : "the minutes are empty; nothing saved"
        case .draftNotCreated: return nb ? "kan ikke lage et utkast i datamappen" : "cannot create a draft in the data directory"
        case .editorFailed: return nb ? "redigeringsprogrammet avsluttet med feil; ingenting lagret" : "the editor failed; nothing saved"
        case .minutesDraftHeader(let title, let date, let start):
            return nb
                ? "\n# Referat for \(title), \(date) \(start).\n# Linjer som starter med # tas ikke med. Tomt referat avbryter.\n"
                : "\n# Minutes for \(title), \(date) \(start).\n# Lines starting with # are left out. Empty minutes abort.\n"
        case .actionItemDone(let id, let text): return nb ? "Punkt \(id) er utført: \(text)" : "Item \(id) is done: \(text)"

        case .subscriptionMade(let id, let label, let http, let webcal):
            return nb
                ? "Abonnement \(id) for \(label):\n  \(http)\n  \(webcal)\nLenken vises bare nå; bare en hash lagres."
                : "Subscription \(id) for \(label):\n  \(http)\n  \(webcal)\nThe link is shown only now; only a hash is stored."
        case .noActiveSubscription(let id): return nb ? "ingen aktivt abonnement \(id)" : "no active subscription \(id)"
        case .subscriptionRevoked(let id): return nb ? "Abonnement \(id) er trukket tilbake." : "Subscription \(id) revoked."
        case .noActiveLinks:
            return nb
                ? "ingen aktive abonnementslenker ennå; lag dem med samkal feeds add --person|--party|--agreement ID"
                : "no active subscription links yet; make them with samkal feeds add --person|--party|--agreement ID"
        case .serverListening(let host, let port, let directory):
            return nb
                ? "samkal serve lytter på http://\(host):\(port) (data: \(directory))"
                : "samkal serve listening on http://\(host):\(port) (data: \(directory))"
        case .exampleMissing:
            return nb
                ? "tomt datalager og fant ikke eksempelet i calendars/; kjør samkal plan og samkal feeds add først"
                : "empty store and the example in calendars/ was not found; run samkal plan and samkal feeds add first"
        case .examplePlanned(let from, let to, let meetings):
            return nb
                ? "Planla eksempelavtalen \(from)–\(to): \(meetings) møter.\nAbonnementslenker (vises bare nå):"
                : "Planned the example agreement \(from)–\(to): \(meetings) meetings.\nSubscription links (shown only now):"

        case .badAddress(let person, let address):
            return nb
                ? "\(person) har ingen gyldig e-postadresse («\(address)»); ingenting er sendt"
                : "\(person) has no valid email address (“\(address)”); nothing was sent"
        case .invalidInvitationCalendar(let uid, let problems):
            return nb
                ? "intern feil: kalenderobjektet for \(uid) bryter RFC 5546: \(problems)"
                : "internal error: the calendar object for \(uid) breaks RFC 5546: \(problems)"
        case .invitationsDryRun(let count):
            return nb ? "\(count) meldinger ville blitt sendt (tørrkjøring, ingenting er lagret)." : "\(count) messages would be sent (dry run, nothing stored)."
        case .invitationsQueued(let count): return nb ? "\(count) nye meldinger i utboksen." : "\(count) new messages in the outbox."
        case .invitationsWritten(let count, let directory):
            return nb ? "\(count) meldinger skrevet til \(directory)." : "\(count) messages written to \(directory)."
        case .deliveryStopped(let why): return nb ? "sendingen stoppet: \(why)" : "delivery stopped: \(why)"
        case .messagesRequeued(let count): return nb ? "\(count) meldinger lagt tilbake i køen." : "\(count) messages requeued."
        case .nothingRecorded: return nb ? "ingenting er registrert" : "nothing was recorded"
        case .replyFromMismatch(let vouched, let sender):
            return nb ? "--from \(vouched) stemmer ikke med avsenderen \(sender)" : "--from \(vouched) does not match the sender \(sender)"
        case .bareCalendarNeedsSender:
            return nb
                ? "en ren .ics-fil sier ikke hvem som sendte den; oppgi --from ADRESSE som du går god for (eller importer hele e-posten)"
                : "a bare .ics file does not say who sent it; give --from ADDRESS that you vouch for (or import the whole email)"
        case .replyRecorded(let uid, let attendee, let answer, let sequence): return "\(uid)  \(attendee): \(answer) (SEQUENCE \(sequence))"
        case .replyStale(let uid, let attendee, let replySequence, let meetingSequence):
            return nb
                ? "\(uid)  \(attendee): gammelt svar ignorert (SEQUENCE \(replySequence), møtet har \(meetingSequence))"
                : "\(uid)  \(attendee): stale reply ignored (SEQUENCE \(replySequence), the meeting is at \(meetingSequence))"
        case .noSMTPServer(let waiting):
            return nb
                ? "ingen SMTP-tjener er oppgitt (--smtp-host eller SAMKAL_SMTP_HOST); \(waiting) meldinger venter i utboksen. Bruk --outbox-dir for .eml-filer."
                : "no SMTP server given (--smtp-host or SAMKAL_SMTP_HOST); \(waiting) messages wait in the outbox. Use --outbox-dir for .eml files."
        case .deliverySummary(let sent, let waiting, let failed):
            return nb ? "Sendt: \(sent), venter: \(waiting), feilet: \(failed)." : "Sent: \(sent), waiting: \(waiting), failed: \(failed)."
        case .invalidActionItem(let argument):
            return nb
                ? "--action '\(argument)': bruk \"PERSON_ID|hva|ÅÅÅÅ-MM-DD\" med en gyldig dato"
                : "--action '\(argument)': use \"PERSON_ID|what|YYYY-MM-DD\" with a valid date"
        case .replySuperseded(let uid, let attendee):
            return nb ? "\(uid)  \(attendee): et nyere svar er alt registrert; ignorert" : "\(uid)  \(attendee): a newer answer is already recorded; ignored"

        // Server limits
        case .notPositive(let flag, let value):
            return nb ? "\(flag): '\(value)' må være et tall større enn null" : "\(flag): '\(value)' must be a number greater than zero"
        }
    }
}
