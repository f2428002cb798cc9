/// What is wrong with a field of an input file. Messages are user texts: bokmål, nynorsk or English.
public enum InputProblem: Sendable, Hashable, Codable {
    case yamlSyntax(String)
    case emptyDocument
    case wrongType(expected: ExpectedValue)
    case unknownKey(String, allowed: [String])
    case missingKey(String)
    /// `key` only goes together with `requires` (a key, or a key and its value), which is missing.
    case requiresKey(key: String, requires: String)
    case duplicateKey(String)
    case duplicateID(String)
    case undefinedPerson(String)
    case undefinedParty(String)
    case partyWithoutLeader(String)
    case impossibleDate(String)
    case invalidMonthDay(String)
    case invalidTime(String)
    case invalidChoice(String, allowed: [String])
    case invalidNumber(String, range: ClosedRange<Int>)
    case emptyList
    case spanEndsBeforeStart(from: String, to: String)
    case windowWithoutWorkingDay(window: String, year: Int)
    case timeOutsideWorkingHours(time: String, hours: String)
    case durationDoesNotFit(time: String, minutes: Int, hours: String)
    case convenerNotRefugeeService(String)
    case perYearMismatch(perYear: Int, windows: Int)
    case unknownPeriod(String, known: [String])
    case unknownTimeZone(String)
    case firstDateNotOnWeekday(date: String, weekday: Weekday)
    case invalidEmail(String)
    case calendarFileUnreadable(path: String, reason: String)
    case calendarFileInvalid(path: String, reason: String)
    case calendarFileEmpty(path: String)
    case tooManyOccurrences(limit: Int)
    // Calendar events
    case eventWithoutStart
    case eventEndsBeforeStart(property: String)
    case impossibleCalendarValue(property: String, value: String)
    case unknownEventTimeZone(String)
    case componentInsideEvent(String)
    case componentsNestedTooDeep(limit: Int)
    case lineTooLong(limit: Int)
    case ruleCannotBeExpanded(String)
    /// A VTIMEZONE in the file whose STANDARD/DAYLIGHT rule would take too long to expand.
    case timeZoneTooCostly(zone: String, rule: String)
    case eventWithoutLength
    case tooManyBusyPeriods(limit: Int)
    /// A reply that cannot be recorded, in the words (and language) of the reply reader.
    case replyRefused(String)
    /// A problem already said in the reader's language, by the server the command line
    /// works against (its words are the server's, as the local command would say them).
    case described(String)
    case notICalendar(path: String)
    case unbalancedComponent(String)
    case csvUnreadable(String)
    case csvColumnCount(expected: Int, found: Int)
    case duplicateRow(String, line: Int)
    case invalidPeriod(String)
    case looksLikeNationalID
    // References to other agreements (`from:`)
    /// `from:` names an agreement that is neither beside the file (`<id>.yaml`) nor stored.
    case unknownReferencedAgreement(String)
    /// A party, contact or room `from:` names is not in that agreement.
    case notInReferencedAgreement(id: String, agreement: String)
    /// The referenced agreement is in another time zone (one zone per region).
    case referencedZoneDiffers(agreement: String, zone: String)
    /// Agreements that refer to each other in a circle, or deeper than `limit`.
    case referenceCycle(String, limit: Int)
    // Input files
    case inputFileMissing(path: String, kind: InputFileKind)
    case inputFileIsDirectory(path: String, kind: InputFileKind)
    case inputFileNotRegular(path: String, kind: InputFileKind)
    case inputFilePermissionDenied(path: String, kind: InputFileKind)
    case inputFileTooLarge(path: String, kind: InputFileKind, bytes: Int, limit: Int)
    case inputFileUnreadable(path: String, kind: InputFileKind)
    case unsupportedEncoding(UnsupportedEncoding, kind: InputFileKind)
    case notUTF8(kind: InputFileKind)
    case csvUnterminatedQuote
    case csvFieldTooLong(limit: Int, quoted: Bool)
    case csvRecordTooLong(limit: Int)
    case csvTooManyRows(limit: Int)
    case yamlTabIndentation
    case yamlAlias(String)
    case yamlTooDeep(limit: Int)
    case textTooLong(length: Int, limit: Int)
    case yamlSyntaxError(YAMLSyntaxProblem)

    /// The kinds of value a field may need.
    public enum ExpectedValue: String, Sendable, Hashable, Codable, CaseIterable {
        case mapping, list, text, number, boolean

        func text(in language: Language) -> String {
            switch (self, language) {
            case (.mapping, .nb): "en tabell med nøkler"
            case (.mapping, .nn): "ein tabell med nøklar"
            case (.mapping, .en): "a mapping of keys"
            case (.list, .nb): "en liste"
            case (.list, .nn): "ei liste"
            case (.list, .en): "a list"
            case (.text, .nb): "en tekst"
            case (.text, .nn): "ein tekst"
            case (.text, .en): "a text"
            case (.number, .nb): "et heltall"
            case (.number, .nn): "eit heiltal"
            case (.number, .en): "a whole number"
            case (.boolean, .nb): "true eller false"
            case (.boolean, .nn): "true eller false"
            case (.boolean, .en): "true or false"
            }
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .yamlSyntax(let detail):
            return language.pick(nb: "ugyldig YAML: \(detail)", nn: "ugyldig YAML: \(detail)", en: "invalid YAML: \(detail)")
        case .emptyDocument:
            return language.pick(nb: "filen er tom", nn: "fila er tom", en: "the file is empty")
        case .wrongType(let expected):
            let value = expected.text(in: language)
            return language.pick(nb: "forventet \(value)", nn: "venta \(value)", en: "expected \(value)")
        case .unknownKey(let key, let allowed):
            let list = allowed.joined(separator: ", ")
            return language.pick(
                nb: "ukjent nøkkel '\(key)' (tillatt: \(list))",
                nn: "ukjend nøkkel '\(key)' (tillate: \(list))",
                en: "unknown key '\(key)' (allowed: \(list))"
            )
        case .missingKey(let key):
            return language.pick(
                nb: "mangler påkrevd nøkkel '\(key)'",
                nn: "manglar påkravd nøkkel '\(key)'",
                en: "missing required key '\(key)'"
            )
        case .requiresKey(let key, let requires):
            return language.pick(
                nb: "nøkkelen '\(key)' gjelder bare sammen med '\(requires)'; legg til '\(requires)' eller fjern '\(key)'",
                nn: "nøkkelen '\(key)' gjeld berre saman med '\(requires)'; legg til '\(requires)' eller fjern '\(key)'",
                en: "the key '\(key)' only applies together with '\(requires)'; add '\(requires)' or remove '\(key)'"
            )
        case .duplicateKey(let key):
            return language.pick(
                nb: "nøkkelen '\(key)' står flere ganger",
                nn: "nøkkelen '\(key)' står fleire gonger",
                en: "key '\(key)' appears more than once"
            )
        case .duplicateID(let id):
            return language.pick(nb: "id '\(id)' er brukt før", nn: "id '\(id)' er alt i bruk", en: "id '\(id)' is already used")
        case .undefinedPerson(let id):
            return language.pick(
                nb: "personen '\(id)' er ikke definert under parties",
                nn: "personen '\(id)' er ikkje definert under parties",
                en: "person '\(id)' is not defined under parties"
            )
        case .undefinedParty(let id):
            return language.pick(
                nb: "parten '\(id)' er ikke definert under parties",
                nn: "parten '\(id)' er ikkje definert under parties",
                en: "party '\(id)' is not defined under parties"
            )
        case .partyWithoutLeader(let id):
            return language.pick(
                nb: "parten '\(id)' har ingen leder",
                nn: "parten '\(id)' har ingen leiar",
                en: "party '\(id)' has no leader"
            )
        case .impossibleDate(let text):
            return language.pick(
                nb: "'\(text)' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)",
                nn: "'\(text)' er ikkje ein gyldig dato (ÅÅÅÅ-MM-DD)",
                en: "'\(text)' is not a valid date (YYYY-MM-DD)"
            )
        case .invalidMonthDay(let text):
            return language.pick(
                nb: "'\(text)' er ikke en gyldig dag i året (MM-DD)",
                nn: "'\(text)' er ikkje ein gyldig dag i året (MM-DD)",
                en: "'\(text)' is not a valid day of the year (MM-DD)"
            )
        case .invalidTime(let text):
            return language.pick(
                nb: "'\(text)' er ikke et gyldig klokkeslett (TT:MM)",
                nn: "'\(text)' er ikkje eit gyldig klokkeslett (TT:MM)",
                en: "'\(text)' is not a valid time (HH:MM)"
            )
        case .invalidChoice(let text, let allowed):
            let list = allowed.joined(separator: ", ")
            return language.pick(
                nb: "'\(text)' er ikke tillatt (velg blant: \(list))",
                nn: "'\(text)' er ikkje tillate (vel mellom: \(list))",
                en: "'\(text)' is not allowed (choose from: \(list))"
            )
        case .invalidNumber(let text, let range):
            return language.pick(
                nb: "'\(text)' må være et heltall fra \(range.lowerBound) til \(range.upperBound)",
                nn: "'\(text)' må vere eit heiltal frå \(range.lowerBound) til \(range.upperBound)",
                en: "'\(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        case .emptyList:
            return language.pick(nb: "listen kan ikke være tom", nn: "lista kan ikkje vere tom", en: "the list must not be empty")
        case .spanEndsBeforeStart(let from, let to):
            return language.pick(
                nb: "perioden slutter (\(to)) før den begynner (\(from))",
                nn: "perioden sluttar (\(to)) før han byrjar (\(from))",
                en: "the period ends (\(to)) before it starts (\(from))"
            )
        case .windowWithoutWorkingDay(let window, let year):
            return language.pick(
                nb: "vinduet \(window) har ingen arbeidsdag i \(year)",
                nn: "vindauget \(window) har ingen arbeidsdag i \(year)",
                en: "the window \(window) has no working day in \(year)"
            )
        case .timeOutsideWorkingHours(let time, let hours):
            return language.pick(
                nb: "klokkeslettet \(time) er utenfor arbeidstiden \(hours)",
                nn: "klokkeslettet \(time) er utanfor arbeidstida \(hours)",
                en: "the time \(time) is outside working hours \(hours)"
            )
        case .durationDoesNotFit(let time, let minutes, let hours):
            return language.pick(
                nb: "et møte på \(minutes) minutter fra \(time) går ut over arbeidstiden \(hours)",
                nn: "eit møte på \(minutes) minutt frå \(time) går ut over arbeidstida \(hours)",
                en: "a meeting of \(minutes) minutes from \(time) does not fit in working hours \(hours)"
            )
        case .convenerNotRefugeeService(let id):
            return language.pick(
                nb: "'\(id)' kan ikke kalle inn: møteinnkaller må være kontaktperson i flyktningtjenesten",
                nn: "'\(id)' kan ikkje kalle inn: den som kallar inn, må vere kontaktperson i flyktningtenesta",
                en: "'\(id)' cannot convene: the convener must be a contact person of the refugee service"
            )
        case .perYearMismatch(let perYear, let windows):
            return language.pick(
                nb: "perYear er \(perYear), men det er \(windows) vinduer; ett møte per vindu",
                nn: "perYear er \(perYear), men det er \(windows) vindauge; eitt møte per vindauge",
                en: "perYear is \(perYear) but there are \(windows) windows; one meeting per window"
            )
        case .unknownPeriod(let period, let known):
            let list = known.joined(separator: ", ")
            return language.pick(
                nb: "ingen ledermøteperiode heter '\(period)' (finnes: \(list))",
                nn: "ingen leiarmøteperiode heiter '\(period)' (finst: \(list))",
                en: "no leader-meeting period is called '\(period)' (known: \(list))"
            )
        case .unknownTimeZone(let id):
            return language.pick(nb: "ukjent tidssone '\(id)'", nn: "ukjend tidssone '\(id)'", en: "unknown time zone '\(id)'")
        case .firstDateNotOnWeekday(let date, let weekday):
            let day = weekday.name(in: language)
            return language.pick(
                nb: "startdatoen \(date) er ikke en \(day)",
                nn: "startdatoen \(date) er ikkje ein \(day)",
                en: "the first date \(date) is not a \(day)"
            )
        case .invalidEmail(let text):
            return language.pick(
                nb: "'\(text)' er ikke en e-postadresse",
                nn: "'\(text)' er ikkje ei e-postadresse",
                en: "'\(text)' is not an email address"
            )
        case .calendarFileUnreadable(let path, let reason):
            return language.pick(
                nb: "kan ikke lese kalenderfilen \(path): \(reason)",
                nn: "kan ikkje lese kalenderfila \(path): \(reason)",
                en: "cannot read the calendar file \(path): \(reason)"
            )
        case .calendarFileInvalid(let path, let reason):
            return language.pick(
                nb: "ugyldig kalenderfil \(path): \(reason)",
                nn: "kalenderfila \(path) er ugyldig: \(reason)",
                en: "invalid calendar file \(path): \(reason)"
            )
        case .calendarFileEmpty(let path):
            return language.pick(
                nb: "kalenderfilen \(path) har ingen hendelser",
                nn: "kalenderfila \(path) har ingen hendingar",
                en: "the calendar file \(path) has no events"
            )
        case .tooManyOccurrences(let limit):
            return language.pick(
                nb: "gjentakelsesregelen gir mer enn \(limit) forekomster (eller gjennomganger fra DTSTART) i importvinduet; del hendelsen opp eller bruk en grovere regel",
                nn: "gjentakingsregelen gjev meir enn \(limit) førekomstar (eller steg frå DTSTART) i importvindauget; del opp hendinga eller bruk ein grovare regel",
                en: "the recurrence rule gives more than \(limit) occurrences (or steps from DTSTART) in the import window; split the event or use a coarser rule"
            )
        case .eventWithoutStart:
            return language.pick(
                nb: "hendelsen (VEVENT) har ingen DTSTART",
                nn: "hendinga (VEVENT) har ingen DTSTART",
                en: "the event (VEVENT) has no DTSTART"
            )
        case .eventEndsBeforeStart(let property):
            return language.pick(
                nb: "hendelsen slutter (\(property)) før den begynner (DTSTART)",
                nn: "hendinga sluttar (\(property)) før ho byrjar (DTSTART)",
                en: "the event ends (\(property)) before it starts (DTSTART)"
            )
        case .impossibleCalendarValue(let property, let value):
            return language.pick(
                nb: "\(property) '\(value)' er ikke en gyldig dato eller tid",
                nn: "\(property) '\(value)' er ikkje ein gyldig dato eller tid",
                en: "\(property) '\(value)' is not a valid date or time"
            )
        case .unknownEventTimeZone(let id):
            return language.pick(
                nb: "ukjent tidssone '\(id)': verken i tidssonedatabasen eller som VTIMEZONE i filen",
                nn: "ukjend tidssone '\(id)': verken i tidssonedatabasen eller som VTIMEZONE i fila",
                en: "unknown time zone '\(id)': neither in the zone database nor a VTIMEZONE in the file"
            )
        case .componentInsideEvent(let name):
            return language.pick(
                nb: "BEGIN:\(name) inne i en VEVENT (bare VALARM kan stå der)",
                nn: "BEGIN:\(name) inne i ein VEVENT (berre VALARM kan stå der)",
                en: "BEGIN:\(name) inside a VEVENT (only VALARM may be there)"
            )
        case .componentsNestedTooDeep(let limit):
            return language.pick(
                nb: "komponentene er nøstet dypere enn \(limit) nivåer",
                nn: "komponentane er nøsta djupare enn \(limit) nivå",
                en: "components are nested deeper than \(limit) levels"
            )
        case .lineTooLong(let limit):
            return language.pick(
                nb: "linjen er lengre enn \(limit) byte",
                nn: "linja er lengre enn \(limit) byte",
                en: "the line is longer than \(limit) bytes"
            )
        case .ruleCannotBeExpanded(let rule):
            return language.pick(
                nb: "gjentakelsesregelen '\(rule)' kan ikke utvides",
                nn: "gjentakingsregelen '\(rule)' kan ikkje utvidast",
                en: "the recurrence rule '\(rule)' cannot be expanded"
            )
        case .timeZoneTooCostly(let zone, let rule):
            return language.pick(
                nb: "tidssonen '\(zone)' i filen har en regel som ville tatt for lang tid å regne ut: \(rule) (en virkelig tidssone skifter noen få ganger i året, fra en DTSTART som 1970)",
                nn: "tidssona '\(zone)' i fila har ein regel som ville teke for lang tid å rekne ut: \(rule) (ei verkeleg tidssone skiftar nokre få gonger i året, frå ein DTSTART som 1970)",
                en: "the time zone '\(zone)' in the file has a rule that would take too long to expand: \(rule) (a real zone changes a few times a year, from a DTSTART such as 1970)"
            )
        case .eventWithoutLength:
            return language.pick(
                nb: "hendelsen har ingen varighet (ingen DTEND eller DURATION) og gir ingen opptatt-tid",
                nn: "hendinga har inga lengd (ingen DTEND eller DURATION) og gjev inga oppteken tid",
                en: "the event has no length (no DTEND or DURATION) and gives no busy time"
            )
        case .replyRefused(let text), .described(let text):
            return text
        case .unbalancedComponent(let name):
            return language.pick(
                nb: "BEGIN:\(name) og END:\(name) står ikke parvis (en END uten sin BEGIN, eller en BEGIN som aldri avsluttes)",
                nn: "BEGIN:\(name) og END:\(name) står ikkje parvis (ein END utan sin BEGIN, eller ein BEGIN som aldri blir avslutta)",
                en: "BEGIN:\(name) and END:\(name) do not pair up (an END without its BEGIN, or a BEGIN never ended)"
            )
        case .notICalendar(let path):
            return language.pick(
                nb: "\(path) er ikke en iCalendar-fil (ingen BEGIN:VCALENDAR); eksporter kalenderen som .ics",
                nn: "\(path) er ikkje ei iCalendar-fil (ingen BEGIN:VCALENDAR); eksporter kalenderen som .ics",
                en: "\(path) is not an iCalendar file (no BEGIN:VCALENDAR); export the calendar as .ics"
            )
        case .tooManyBusyPeriods(let limit):
            return language.pick(
                nb: "filen gir mer enn \(limit) opptatt-perioder i importvinduet; eksporter et kortere tidsrom",
                nn: "fila gjev meir enn \(limit) opptekne periodar i importvindauget; eksporter eit kortare tidsrom",
                en: "the file gives more than \(limit) busy periods in the import window; export a shorter period"
            )
        case .csvUnreadable(let detail):
            return language.pick(nb: "kan ikke lese CSV: \(detail)", nn: "kan ikkje lese CSV: \(detail)", en: "cannot read the CSV: \(detail)")
        case .csvColumnCount(let expected, let found):
            return language.pick(
                nb: "raden har \(found) kolonner, overskriften \(expected)",
                nn: "rada har \(found) kolonnar, overskrifta \(expected)",
                en: "the row has \(found) columns, the header \(expected)"
            )
        case .duplicateRow(let id, let line):
            return language.pick(
                nb: "'\(id)' står også på linje \(line)",
                nn: "'\(id)' står òg på linje \(line)",
                en: "'\(id)' also appears on line \(line)"
            )
        case .invalidPeriod(let text):
            return language.pick(
                nb: "'\(text)' er ikke en periode (ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD)",
                nn: "'\(text)' er ikkje ein periode (ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD)",
                en: "'\(text)' is not a period (YYYY-MM-DD..YYYY-MM-DD)"
            )
        case .looksLikeNationalID:
            return language.pick(
                nb: "id ser ut som et fødselsnummer (11 sifre, med eller uten mellomrom eller bindestrek); bruk kommunens saksnummer",
                nn: "id ser ut som eit fødselsnummer (11 siffer, med eller utan mellomrom eller bindestrek); bruk saksnummeret til kommunen",
                en: "the id looks like a national identity number (11 digits, with or without spaces or dashes); use the municipality's case id"
            )
        case .unknownReferencedAgreement(let id):
            return language.pick(
                nb: "avtalen '\(id)' finnes verken som \(id).yaml ved siden av filen eller i lageret; planlegg den først, eller legg filen ved siden av",
                nn: "avtalen '\(id)' finst verken som \(id).yaml ved sida av fila eller i lageret; planlegg han først, eller legg fila ved sida av",
                en: "the agreement '\(id)' is neither beside the file as \(id).yaml nor in the store; plan it first, or put its file beside this one"
            )
        case .notInReferencedAgreement(let id, let agreement):
            return language.pick(
                nb: "'\(id)' finnes ikke i avtalen '\(agreement)'",
                nn: "'\(id)' finst ikkje i avtalen '\(agreement)'",
                en: "'\(id)' is not in the agreement '\(agreement)'"
            )
        case .referencedZoneDiffers(let agreement, let zone):
            return language.pick(
                nb: "avtalen '\(agreement)' bruker tidssonen \(zone); avtaler som deler folk må bruke samme tidssone",
                nn: "avtalen '\(agreement)' bruker tidssona \(zone); avtalar som deler folk må bruke same tidssone",
                en: "the agreement '\(agreement)' uses the time zone \(zone); agreements that share people must use the same one"
            )
        case .referenceCycle(let id, let limit):
            return language.pick(
                nb: "avtalen '\(id)' viser tilbake til seg selv gjennom from:, eller kjeden er lengre enn \(limit)",
                nn: "avtalen '\(id)' viser tilbake til seg sjølv gjennom from:, eller kjeda er lengre enn \(limit)",
                en: "the agreement '\(id)' refers back to itself through from:, or the chain is longer than \(limit)"
            )
        // Input files
        case .inputFileMissing(let path, let kind):
            let file = kind.noun(language)
            return language.pick(
                nb: "kan ikke lese \(file) \(path): filen finnes ikke; sjekk stien og skrivemåten",
                nn: "kan ikkje lese \(file) \(path): fila finst ikkje; sjekk stien og skrivemåten",
                en: "cannot read \(file) \(path): there is no such file; check the path and its spelling"
            )
        case .inputFileIsDirectory(let path, let kind):
            let file = kind.noun(language)
            return language.pick(
                nb: "kan ikke lese \(file) \(path): det er en mappe, ikke en fil; oppgi filen i mappen",
                nn: "kan ikkje lese \(file) \(path): det er ei mappe, ikkje ei fil; oppgje fila i mappa",
                en: "cannot read \(file) \(path): it is a directory, not a file; give the file inside it"
            )
        case .inputFileNotRegular(let path, let kind):
            let file = kind.noun(language)
            return language.pick(
                nb: "kan ikke lese \(file) \(path): det er ikke en vanlig fil; lagre innholdet i en fil og oppgi den",
                nn: "kan ikkje lese \(file) \(path): det er ikkje ei vanleg fil; lagre innhaldet i ei fil og oppgje ho",
                en: "cannot read \(file) \(path): it is not a regular file; save its content to a file and give that"
            )
        case .inputFilePermissionDenied(let path, let kind):
            let file = kind.noun(language)
            return language.pick(
                nb: "kan ikke lese \(file) \(path): du har ikke lov til å lese den; be eieren om lesetilgang, eller kopier filen",
                nn: "kan ikkje lese \(file) \(path): du har ikkje lov til å lese ho; be eigaren om lesetilgang, eller kopier fila",
                en: "cannot read \(file) \(path): you may not read it; ask its owner for read access, or copy the file"
            )
        case .inputFileTooLarge(let path, let kind, let bytes, let limit):
            let file = kind.noun(language)
            let size = byteCount(bytes, language)
            let maximum = byteCount(limit, language)
            return language.pick(
                nb: "kan ikke lese \(file) \(path): filen er på \(size), mer enn grensen på \(maximum); sjekk at det er riktig fil",
                nn: "kan ikkje lese \(file) \(path): fila er på \(size), meir enn grensa på \(maximum); sjekk at det er rett fil",
                en: "cannot read \(file) \(path): the file is \(size), more than the limit of \(maximum); check that it is the right file"
            )
        case .inputFileUnreadable(let path, let kind):
            let file = kind.noun(language)
            return language.pick(
                nb: "kan ikke lese \(file) \(path); sjekk at filen finnes, er din og kan leses",
                nn: "kan ikkje lese \(file) \(path); sjekk at fila finst, er di og kan lesast",
                en: "cannot read \(file) \(path); check that the file exists and can be read"
            )
        case .unsupportedEncoding(let encoding, let kind):
            let name = encoding.name(language)
            let fix = kind.saveAsUTF8(language)
            return language.pick(
                nb: "filen er \(name), ikke UTF-8; \(fix)",
                nn: "fila er \(name), ikkje UTF-8; \(fix)",
                en: "the file is \(name), not UTF-8; \(fix)"
            )
        case .notUTF8(let kind):
            let found = kind.acceptsWindows1252
                ? language.pick(
                    nb: "teksten er verken UTF-8 eller Windows-1252 herfra",
                    nn: "teksten er verken UTF-8 eller Windows-1252 herifrå",
                    en: "the text is neither UTF-8 nor Windows-1252 from here"
                )
                : language.pick(
                    nb: "teksten er ikke UTF-8 herfra",
                    nn: "teksten er ikkje UTF-8 herifrå",
                    en: "the text is not UTF-8 from here"
                )
            return "\(found); \(kind.saveAsUTF8(language))"
        case .csvUnterminatedQuote:
            return language.pick(
                nb: "anførselstegnet som åpner feltet her, lukkes aldri; legg til det avsluttende \" (inne i et felt skrives \" som \"\")",
                nn: "hermeteiknet som opnar feltet her, blir aldri lukka; legg til det avsluttande \" (inne i eit felt blir \" skrive som \"\")",
                en: "the quote that opens this field is never closed; add the closing \" (inside a field, \" is written \"\")"
            )
        case .csvFieldTooLong(let limit, let quoted):
            let hint = quoted
                ? language.pick(
                    nb: "; mangler et avsluttende anførselstegn?",
                    nn: "; manglar eit avsluttande hermeteikn?",
                    en: "; is a closing quote missing?"
                )
                : ""
            return language.pick(
                nb: "feltet er lengre enn \(limit) tegn\(hint)",
                nn: "feltet er lengre enn \(limit) teikn\(hint)",
                en: "the field is longer than \(limit) characters\(hint)"
            )
        case .csvRecordTooLong(let limit):
            return language.pick(
                nb: "raden er lengre enn \(limit) tegn",
                nn: "rada er lengre enn \(limit) teikn",
                en: "the row is longer than \(limit) characters"
            )
        case .csvTooManyRows(let limit):
            return language.pick(
                nb: "filen har mer enn \(limit) deltakere; del den i flere filer",
                nn: "fila har meir enn \(limit) deltakarar; del ho i fleire filer",
                en: "the file has more than \(limit) participants; split it into several files"
            )
        case .yamlTabIndentation:
            return language.pick(
                nb: "tabulator brukt til innrykk; YAML krever mellomrom",
                nn: "tabulator brukt til innrykk; YAML krev mellomrom",
                en: "a tab is used for indentation; YAML needs spaces"
            )
        case .yamlAlias(let name):
            return language.pick(
                nb: "YAML-aliaset *\(name) er ikke tillatt i avtalefilen; skriv verdien der den trengs",
                nn: "YAML-aliaset *\(name) er ikkje tillate i avtalefila; skriv verdien der han trengst",
                en: "the YAML alias *\(name) is not allowed in the agreement file; write the value where it is needed"
            )
        case .yamlTooDeep(let limit):
            return language.pick(
                nb: "mer enn \(limit) nivåer med innrykk eller klammer; avtalen trenger langt færre",
                nn: "meir enn \(limit) nivå med innrykk eller klammer; avtalen treng langt færre",
                en: "more than \(limit) levels of indentation or brackets; the agreement needs far fewer"
            )
        case .textTooLong(let length, let limit):
            return language.pick(
                nb: "teksten er \(length) tegn, lengre enn \(limit); forkort den",
                nn: "teksten er \(length) teikn, lengre enn \(limit); gjer han kortare",
                en: "the text is \(length) characters, longer than \(limit); shorten it"
            )
        case .yamlSyntaxError(let problem):
            let detail = problem.text(language)
            return language.pick(nb: "ugyldig YAML: \(detail)", nn: "ugyldig YAML: \(detail)", en: "invalid YAML: \(detail)")
        }
    }
}

// Input files

/// A size for people: whole megabytes or kilobytes when even, else bytes.
private func byteCount(_ bytes: Int, _ language: Language) -> String {
    if bytes >= 1_000_000, bytes % 100_000 == 0 {
        let tenths = bytes / 100_000
        let decimalSign = language.pick(nb: ",", nn: ",", en: ".")
        let whole = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(decimalSign)\(tenths % 10)"
        return "\(whole) MB"
    }
    return language.pick(nb: "\(bytes) byte", nn: "\(bytes) byte", en: "\(bytes) bytes")
}

extension InputFileKind {
    /// The file named in a sentence: "kan ikke lese avtalefilen …".
    fileprivate func noun(_ language: Language) -> String {
        switch self {
        case .participantCSV: language.pick(nb: "deltakerfilen", nn: "deltakarfila", en: "the participants file")
        case .agreementYAML: language.pick(nb: "avtalefilen", nn: "avtalefila", en: "the agreement file")
        case .iCalendar: language.pick(nb: "kalenderfilen", nn: "kalenderfila", en: "the calendar file")
        case .holidayCalendar: language.pick(nb: "ferie-kalenderen", nn: "feriekalenderen", en: "the holiday calendar")
        case .reply: language.pick(nb: "svarfilen", nn: "svarfila", en: "the reply file")
        case .minutesText: language.pick(nb: "referatfilen", nn: "referatfila", en: "the minutes file")
        }
    }

    /// How to save a file of this kind as UTF-8.
    fileprivate func saveAsUTF8(_ language: Language) -> String {
        switch self {
        case .participantCSV:
            language.pick(
                nb: "lagre den i Excel med Fil › Lagre som › «CSV UTF-8 (kommadelt) (*.csv)»",
                nn: "lagre ho i Excel med Fil › Lagre som › «CSV UTF-8 (kommadelt) (*.csv)»",
                en: "save it in Excel with File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)”"
            )
        case .agreementYAML, .minutesText:
            language.pick(
                nb: "lagre den som UTF-8 i redigeringsprogrammet",
                nn: "lagre ho som UTF-8 i redigeringsprogrammet",
                en: "save it as UTF-8 in your text editor"
            )
        case .iCalendar, .holidayCalendar:
            language.pick(
                nb: "eksporter kalenderen på nytt som UTF-8",
                nn: "eksporter kalenderen på nytt som UTF-8",
                en: "export the calendar again as UTF-8"
            )
        case .reply:
            language.pick(
                nb: "lagre e-posten på nytt (som .eml) eller bare kalenderdelen (.ics)",
                nn: "lagre e-posten på nytt (som .eml) eller berre kalenderdelen (.ics)",
                en: "save the e-mail again (as .eml) or only its calendar part (.ics)"
            )
        }
    }
}

extension YAMLSyntaxProblem {
    fileprivate func text(_ language: Language) -> String {
        switch self {
        case .colonNotAllowed:
            language.pick(
                nb: "et kolon står der det ikke kan stå; sett teksten i anførselstegn, eller rett innrykket",
                nn: "eit kolon står der det ikkje kan stå; set teksten i hermeteikn, eller rett innrykket",
                en: "a colon stands where it cannot; put the text in quotes, or fix the indentation"
            )
        case .keyExpected:
            language.pick(
                nb: "innrykket her passer ikke med linjene over; sjekk at nøkler på samme nivå står rett under hverandre",
                nn: "innrykket her passar ikkje med linjene over; sjekk at nøklar på same nivå står rett under kvarandre",
                en: "the indentation here does not match the lines above; check that keys on one level line up"
            )
        case .colonExpected:
            language.pick(nb: "mangler kolon etter nøkkelen", nn: "manglar kolon etter nøkkelen", en: "a colon is missing after the key")
        case .listNotClosed:
            language.pick(nb: "mangler komma eller ] i listen", nn: "manglar komma eller ] i lista", en: "a comma or ] is missing in the list")
        case .mappingNotClosed:
            language.pick(
                nb: "mangler komma eller } i tabellen",
                nn: "manglar komma eller } i tabellen",
                en: "a comma or } is missing in the mapping"
            )
        case .quoteNotClosed:
            language.pick(
                nb: "anførselstegnet som åpner teksten, lukkes aldri",
                nn: "hermeteiknet som opnar teksten, blir aldri lukka",
                en: "the quote that opens the text is never closed"
            )
        case .unexpectedEnd:
            language.pick(
                nb: "filen slutter midt i en verdi",
                nn: "fila sluttar midt i ein verdi",
                en: "the file ends in the middle of a value"
            )
        case .cannotStartValue:
            language.pick(
                nb: "en verdi kan ikke begynne med dette tegnet; sett den i anførselstegn",
                nn: "ein verdi kan ikkje byrje med dette teiknet; set han i hermeteikn",
                en: "a value cannot begin with this character; put it in quotes"
            )
        case .listEntryNotAllowed:
            language.pick(
                nb: "et listepunkt (-) kan ikke stå her; sjekk innrykket",
                nn: "eit listepunkt (-) kan ikkje stå her; sjekk innrykket",
                en: "a list entry (-) cannot stand here; check the indentation"
            )
        case .valueExpected:
            language.pick(nb: "mangler en verdi her", nn: "manglar ein verdi her", en: "a value is missing here")
        case .listEntryExpected:
            language.pick(
                nb: "forventet et nytt listepunkt (-) med samme innrykk som de andre",
                nn: "venta eit nytt listepunkt (-) med same innrykk som dei andre",
                en: "expected another list entry (-) indented like the others"
            )
        case .severalDocuments:
            language.pick(
                nb: "filen har mer enn ett YAML-dokument (---); en avtale er ett dokument",
                nn: "fila har meir enn eitt YAML-dokument (---); ein avtale er eitt dokument",
                en: "the file has more than one YAML document (---); an agreement is one document"
            )
        case .other:
            language.pick(
                nb: "sjekk innrykk, kolon, klammer og anførselstegn her",
                nn: "sjekk innrykk, kolon, klammer og hermeteikn her",
                en: "check the indentation, colons, brackets and quotes here"
            )
        }
    }
}

extension UnsupportedEncoding {
    fileprivate func name(_ language: Language) -> String {
        switch self {
        case .utf16LittleEndian: "UTF-16 (little-endian)"
        case .utf16BigEndian: "UTF-16 (big-endian)"
        case .utf32: "UTF-32"
        case .binary: language.pick(nb: "binær (ingen tekst)", nn: "binær (ikkje tekst)", en: "binary (not text)")
        }
    }
}
