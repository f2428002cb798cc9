/// What is wrong with a field of an input file. Messages are user texts: bokmål or English.
public enum InputProblem: Sendable, Hashable, Codable {
    case yamlSyntax(String)
    case emptyDocument
    case wrongType(expected: ExpectedValue)
    case unknownKey(String, allowed: [String])
    case missingKey(String)
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
    case eventWithoutLength
    case tooManyBusyPeriods(limit: Int)
    /// A reply that cannot be recorded, in the words (and language) of the reply reader.
    case replyRefused(String)
    case notICalendar(path: String)
    case unbalancedComponent(String)
    case csvUnreadable(String)
    case csvColumnCount(expected: Int, found: Int)
    case duplicateRow(String, line: Int)
    case invalidPeriod(String)
    case looksLikeNationalID
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
    public enum ExpectedValue: String, Sendable, Hashable, Codable {
        case mapping, list, text, number, boolean

        func text(in language: Language) -> String {
            switch (self, language) {
            case (.mapping, .nb): "en tabell med nøkler"
            case (.mapping, .en): "a mapping of keys"
            case (.list, .nb): "en liste"
            case (.list, .en): "a list"
            case (.text, .nb): "en tekst"
            case (.text, .en): "a text"
            case (.number, .nb): "et heltall"
            case (.number, .en): "a whole number"
            case (.boolean, .nb): "true eller false"
            case (.boolean, .en): "true or false"
            }
        }
    }

    public func message(in language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .yamlSyntax(let detail):
            return nb ? "ugyldig YAML: \(detail)" : "invalid YAML: \(detail)"
        case .emptyDocument:
            return nb ? "filen er tom" : "the file is empty"
        case .wrongType(let expected):
            return nb ? "forventet \(expected.text(in: language))" : "expected \(expected.text(in: language))"
        case .unknownKey(let key, let allowed):
            let list = allowed.joined(separator: ", ")
            return nb ? "ukjent nøkkel '\(key)' (tillatt: \(list))" : "unknown key '\(key)' (allowed: \(list))"
        case .missingKey(let key):
            return nb ? "mangler påkrevd nøkkel '\(key)'" : "missing required key '\(key)'"
        case .duplicateKey(let key):
            return nb ? "nøkkelen '\(key)' står flere ganger" : "key '\(key)' appears more than once"
        case .duplicateID(let id):
            return nb ? "id '\(id)' er brukt før" : "id '\(id)' is already used"
        case .undefinedPerson(let id):
            return nb ? "personen '\(id)' er ikke definert under parties" : "person '\(id)' is not defined under parties"
        case .undefinedParty(let id):
            return nb ? "parten '\(id)' er ikke definert under parties" : "party '\(id)' is not defined under parties"
        case .partyWithoutLeader(let id):
            return nb ? "parten '\(id)' har ingen leder" : "party '\(id)' has no leader"
        case .impossibleDate(let text):
            return nb ? "'\(text)' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)" : "'\(text)' is not a valid date (YYYY-MM-DD)"
        case .invalidMonthDay(let text):
            return nb ? "'\(text)' er ikke en gyldig dag i året (MM-DD)" : "'\(text)' is not a valid day of the year (MM-DD)"
        case .invalidTime(let text):
            return nb ? "'\(text)' er ikke et gyldig klokkeslett (TT:MM)" : "'\(text)' is not a valid time (HH:MM)"
        case .invalidChoice(let text, let allowed):
            let list = allowed.joined(separator: ", ")
            return nb ? "'\(text)' er ikke tillatt (velg blant: \(list))" : "'\(text)' is not allowed (choose from: \(list))"
        case .invalidNumber(let text, let range):
            return nb
                ? "'\(text)' må være et heltall fra \(range.lowerBound) til \(range.upperBound)"
                : "'\(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .emptyList:
            return nb ? "listen kan ikke være tom" : "the list must not be empty"
        case .spanEndsBeforeStart(let from, let to):
            return nb ? "perioden slutter (\(to)) før den begynner (\(from))" : "the period ends (\(to)) before it starts (\(from))"
        case .windowWithoutWorkingDay(let window, let year):
            return nb
                ? "vinduet \(window) har ingen arbeidsdag i \(year)"
                : "the window \(window) has no working day in \(year)"
        case .timeOutsideWorkingHours(let time, let hours):
            return nb
                ? "klokkeslettet \(time) er utenfor arbeidstiden \(hours)"
                : "the time \(time) is outside working hours \(hours)"
        case .durationDoesNotFit(let time, let minutes, let hours):
            return nb
                ? "et møte på \(minutes) minutter fra \(time) går ut over arbeidstiden \(hours)"
                : "a meeting of \(minutes) minutes from \(time) does not fit in working hours \(hours)"
        case .convenerNotRefugeeService(let id):
            return nb
                ? "'\(id)' kan ikke kalle inn: møteinnkaller må være kontaktperson i flyktningtjenesten"
                : "'\(id)' cannot convene: the convener must be a contact person of the refugee service"
        case .perYearMismatch(let perYear, let windows):
            return nb
                ? "perYear er \(perYear), men det er \(windows) vinduer; ett møte per vindu"
                : "perYear is \(perYear) but there are \(windows) windows; one meeting per window"
        case .unknownPeriod(let period, let known):
            let list = known.joined(separator: ", ")
            return nb ? "ingen ledermøteperiode heter '\(period)' (finnes: \(list))" : "no leader-meeting period is called '\(period)' (known: \(list))"
        case .unknownTimeZone(let id):
            return nb ? "ukjent tidssone '\(id)'" : "unknown time zone '\(id)'"
        case .firstDateNotOnWeekday(let date, let weekday):
            return nb
                ? "startdatoen \(date) er ikke en \(weekday.name(in: language))"
                : "the first date \(date) is not a \(weekday.name(in: language))"
        case .invalidEmail(let text):
            return nb ? "'\(text)' er ikke en e-postadresse" : "'\(text)' is not an email address"
        case .calendarFileUnreadable(let path, let reason):
            return nb ? "kan ikke lese kalenderfilen \(path): \(reason)" : "cannot read the calendar file \(path): \(reason)"
        case .calendarFileInvalid(let path, let reason):
            return nb ? "ugyldig kalenderfil \(path): \(reason)" : "invalid calendar file \(path): \(reason)"
        case .calendarFileEmpty(let path):
            return nb ? "kalenderfilen \(path) har ingen hendelser" : "the calendar file \(path) has no events"
        case .tooManyOccurrences(let limit):
            return nb
                ? "gjentakelsesregelen gir mer enn \(limit) forekomster (eller gjennomganger fra DTSTART) i importvinduet; del hendelsen opp eller bruk en grovere regel"
                : "the recurrence rule gives more than \(limit) occurrences (or steps from DTSTART) in the import window; split the event or use a coarser rule"
        case .eventWithoutStart:
            return nb ? "hendelsen (VEVENT) har ingen DTSTART" : "the event (VEVENT) has no DTSTART"
        case .eventEndsBeforeStart(let property):
            return nb ? "hendelsen slutter (\(property)) før den begynner (DTSTART)" : "the event ends (\(property)) before it starts (DTSTART)"
        case .impossibleCalendarValue(let property, let value):
            return nb ? "\(property) '\(value)' er ikke en gyldig dato eller tid" : "\(property) '\(value)' is not a valid date or time"
        case .unknownEventTimeZone(let id):
            return nb
                ? "ukjent tidssone '\(id)': verken i tidssonedatabasen eller som VTIMEZONE i filen"
                : "unknown time zone '\(id)': neither in the zone database nor a VTIMEZONE in the file"
        case .componentInsideEvent(let name):
            return nb ? "BEGIN:\(name) inne i en VEVENT (bare VALARM kan stå der)" : "BEGIN:\(name) inside a VEVENT (only VALARM may be there)"
        case .componentsNestedTooDeep(let limit):
            return nb ? "komponentene er nøstet dypere enn \(limit) nivåer" : "components are nested deeper than \(limit) levels"
        case .lineTooLong(let limit):
            return nb ? "linjen er lengre enn \(limit) byte" : "the line is longer than \(limit) bytes"
        case .ruleCannotBeExpanded(let rule):
            return nb ? "gjentakelsesregelen '\(rule)' kan ikke utvides" : "the recurrence rule '\(rule)' cannot be expanded"
        case .eventWithoutLength:
            return nb ? "hendelsen har ingen varighet (ingen DTEND eller DURATION) og gir ingen opptatt-tid" : "the event has no length (no DTEND or DURATION) and gives no busy time"
        case .replyRefused(let text):
            return text
        case .unbalancedComponent(let name):
            return nb
                ? "BEGIN:\(name) og END:\(name) står ikke parvis (en END uten sin BEGIN, eller en BEGIN som aldri avsluttes)"
                : "BEGIN:\(name) and END:\(name) do not pair up (an END without its BEGIN, or a BEGIN never ended)"
        case .notICalendar(let path):
            return nb
                ? "\(path) er ikke en iCalendar-fil (ingen BEGIN:VCALENDAR); eksporter kalenderen som .ics"
                : "\(path) is not an iCalendar file (no BEGIN:VCALENDAR); export the calendar as .ics"
        case .tooManyBusyPeriods(let limit):
            return nb
                ? "filen gir mer enn \(limit) opptatt-perioder i importvinduet; eksporter et kortere tidsrom"
                : "the file gives more than \(limit) busy periods in the import window; export a shorter period"
        case .csvUnreadable(let detail):
            return nb ? "kan ikke lese CSV: \(detail)" : "cannot read the CSV: \(detail)"
        case .csvColumnCount(let expected, let found):
            return nb ? "raden har \(found) kolonner, overskriften \(expected)" : "the row has \(found) columns, the header \(expected)"
        case .duplicateRow(let id, let line):
            return nb ? "'\(id)' står også på linje \(line)" : "'\(id)' also appears on line \(line)"
        case .invalidPeriod(let text):
            return nb ? "'\(text)' er ikke en periode (ÅÅÅÅ-MM-DD..ÅÅÅÅ-MM-DD)" : "'\(text)' is not a period (YYYY-MM-DD..YYYY-MM-DD)"
        case .looksLikeNationalID:
            return nb
                ? "id ser ut som et fødselsnummer (11 sifre, med eller uten mellomrom eller bindestrek); bruk kommunens saksnummer"
                : "the id looks like a national identity number (11 digits, with or without spaces or dashes); use the municipality's case id"
        // Input files
        case .inputFileMissing(let path, let kind):
            return nb
                ? "kan ikke lese \(kind.noun(nb)) \(path): filen finnes ikke; sjekk stien og skrivemåten"
                : "cannot read \(kind.noun(nb)) \(path): there is no such file; check the path and its spelling"
        case .inputFileIsDirectory(let path, let kind):
            return nb
                ? "kan ikke lese \(kind.noun(nb)) \(path): det er en mappe, ikke en fil; oppgi filen i mappen"
                : "cannot read \(kind.noun(nb)) \(path): it is a directory, not a file; give the file inside it"
        case .inputFileNotRegular(let path, let kind):
            return nb
                ? "kan ikke lese \(kind.noun(nb)) \(path): det er ikke en vanlig fil; lagre innholdet i en fil og oppgi den"
                : "cannot read \(kind.noun(nb)) \(path): it is not a regular file; save its content to a file and give that"
        case .inputFilePermissionDenied(let path, let kind):
            return nb
                ? "kan ikke lese \(kind.noun(nb)) \(path): du har ikke lov til å lese den; be eieren om lesetilgang, eller kopier filen"
                : "cannot read \(kind.noun(nb)) \(path): you may not read it; ask its owner for read access, or copy the file"
        case .inputFileTooLarge(let path, let kind, let bytes, let limit):
            return nb
                ? "kan ikke lese \(kind.noun(nb)) \(path): filen er på \(byteCount(bytes, nb)), mer enn grensen på \(byteCount(limit, nb)); sjekk at det er riktig fil"
                : "cannot read \(kind.noun(nb)) \(path): the file is \(byteCount(bytes, nb)), more than the limit of \(byteCount(limit, nb)); check that it is the right file"
        case .inputFileUnreadable(let path, let kind):
            return nb
                ? "kan ikke lese \(kind.noun(nb)) \(path); sjekk at filen finnes, er din og kan leses"
                : "cannot read \(kind.noun(nb)) \(path); check that the file exists and can be read"
        case .unsupportedEncoding(let encoding, let kind):
            return nb
                ? "filen er \(encoding.name(nb)), ikke UTF-8; \(kind.saveAsUTF8(nb))"
                : "the file is \(encoding.name(nb)), not UTF-8; \(kind.saveAsUTF8(nb))"
        case .notUTF8(let kind):
            let found = kind.acceptsWindows1252
                ? (nb ? "teksten er verken UTF-8 eller Windows-1252 herfra" : "the text is neither UTF-8 nor Windows-1252 from here")
                : (nb ? "teksten er ikke UTF-8 herfra" : "the text is not UTF-8 from here")
            return "\(found); \(kind.saveAsUTF8(nb))"
        case .csvUnterminatedQuote:
            return nb
                ? "anførselstegnet som åpner feltet her, lukkes aldri; legg til det avsluttende \" (inne i et felt skrives \" som \"\")"
                : "the quote that opens this field is never closed; add the closing \" (inside a field, \" is written \"\")"
        case .csvFieldTooLong(let limit, let quoted):
            let hint = quoted
                ? (nb ? "; mangler et avsluttende anførselstegn?" : "; is a closing quote missing?")
                : ""
            return nb ? "feltet er lengre enn \(limit) tegn\(hint)" : "the field is longer than \(limit) characters\(hint)"
        case .csvRecordTooLong(let limit):
            return nb ? "raden er lengre enn \(limit) tegn" : "the row is longer than \(limit) characters"
        case .csvTooManyRows(let limit):
            return nb
                ? "filen har mer enn \(limit) deltakere; del den i flere filer"
                : "the file has more than \(limit) participants; split it into several files"
        case .yamlTabIndentation:
            return nb
                ? "tabulator brukt til innrykk; YAML krever mellomrom"
                : "a tab is used for indentation; YAML needs spaces"
        case .yamlAlias(let name):
            return nb
                ? "YAML-aliaset *\(name) er ikke tillatt i avtalefilen; skriv verdien der den trengs"
                : "the YAML alias *\(name) is not allowed in the agreement file; write the value where it is needed"
        case .yamlTooDeep(let limit):
            return nb
                ? "mer enn \(limit) nivåer med innrykk eller klammer; avtalen trenger langt færre"
                : "more than \(limit) levels of indentation or brackets; the agreement needs far fewer"
        case .textTooLong(let length, let limit):
            return nb
                ? "teksten er \(length) tegn, lengre enn \(limit); forkort den"
                : "the text is \(length) characters, longer than \(limit); shorten it"
        case .yamlSyntaxError(let problem):
            return nb ? "ugyldig YAML: \(problem.text(nb))" : "invalid YAML: \(problem.text(nb))"
        }
    }
}

// Input files

/// A size for people: whole megabytes or kilobytes when even, else bytes.
private func byteCount(_ bytes: Int, _ nb: Bool) -> String {
    if bytes >= 1_000_000, bytes % 100_000 == 0 {
        let tenths = bytes / 100_000
        let whole = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(nb ? "," : ".")\(tenths % 10)"
        return "\(whole) MB"
    }
    return nb ? "\(bytes) byte" : "\(bytes) bytes"
}

extension InputFileKind {
    /// The file named in a sentence: "kan ikke lese avtalefilen …".
    fileprivate func noun(_ nb: Bool) -> String {
        switch self {
        case .participantCSV: nb ? "deltakerfilen" : "the participants file"
        case .agreementYAML: nb ? "avtalefilen" : "the agreement file"
        case .iCalendar: nb ? "kalenderfilen" : "the calendar file"
        case .holidayCalendar: nb ? "ferie-kalenderen" : "the holiday calendar"
        case .reply: nb ? "svarfilen" : "the reply file"
        case .minutesText: nb ? "referatfilen" : "the minutes file"
        }
    }

    /// How to save a file of this kind as UTF-8.
    fileprivate func saveAsUTF8(_ nb: Bool) -> String {
        switch self {
        case .participantCSV:
            nb
                ? "lagre den i Excel med Fil › Lagre som › «CSV UTF-8 (kommadelt) (*.csv)»"
                : "save it in Excel with File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)”"
        case .agreementYAML:
            nb ? "lagre den som UTF-8 i redigeringsprogrammet" : "save it as UTF-8 in your text editor"
        case .iCalendar, .holidayCalendar:
            nb ? "eksporter kalenderen på nytt som UTF-8" : "export the calendar again as UTF-8"
        case .reply:
            nb ? "lagre e-posten på nytt (som .eml) eller bare kalenderdelen (.ics)" : "save the e-mail again (as .eml) or only its calendar part (.ics)"
        case .minutesText:
            nb ? "lagre den som UTF-8 i redigeringsprogrammet" : "save it as UTF-8 in your text editor"
        }
    }
}

extension YAMLSyntaxProblem {
    fileprivate func text(_ nb: Bool) -> String {
        switch self {
        case .colonNotAllowed:
            nb ? "et kolon står der det ikke kan stå; sett teksten i anførselstegn, eller rett innrykket"
                : "a colon stands where it cannot; put the text in quotes, or fix the indentation"
        case .keyExpected:
            nb ? "innrykket her passer ikke med linjene over; sjekk at nøkler på samme nivå står rett under hverandre"
                : "the indentation here does not match the lines above; check that keys on one level line up"
        case .colonExpected:
            nb ? "mangler kolon etter nøkkelen" : "a colon is missing after the key"
        case .listNotClosed:
            nb ? "mangler komma eller ] i listen" : "a comma or ] is missing in the list"
        case .mappingNotClosed:
            nb ? "mangler komma eller } i tabellen" : "a comma or } is missing in the mapping"
        case .quoteNotClosed:
            nb ? "anførselstegnet som åpner teksten, lukkes aldri" : "the quote that opens the text is never closed"
        case .unexpectedEnd:
            nb ? "filen slutter midt i en verdi" : "the file ends in the middle of a value"
        case .cannotStartValue:
            nb ? "en verdi kan ikke begynne med dette tegnet; sett den i anførselstegn"
                : "a value cannot begin with this character; put it in quotes"
        case .listEntryNotAllowed:
            nb ? "et listepunkt (-) kan ikke stå her; sjekk innrykket" : "a list entry (-) cannot stand here; check the indentation"
        case .valueExpected:
            nb ? "mangler en verdi her" : "a value is missing here"
        case .listEntryExpected:
            nb ? "forventet et nytt listepunkt (-) med samme innrykk som de andre"
                : "expected another list entry (-) indented like the others"
        case .severalDocuments:
            nb ? "filen har mer enn ett YAML-dokument (---); en avtale er ett dokument"
                : "the file has more than one YAML document (---); an agreement is one document"
        case .other:
            nb ? "sjekk innrykk, kolon, klammer og anførselstegn her" : "check the indentation, colons, brackets and quotes here"
        }
    }
}

extension UnsupportedEncoding {
    fileprivate func name(_ nb: Bool) -> String {
        switch self {
        case .utf16LittleEndian: "UTF-16 (little-endian)"
        case .utf16BigEndian: "UTF-16 (big-endian)"
        case .utf32: "UTF-32"
        case .binary: nb ? "binær (ingen tekst)" : "binary (not text)"
        }
    }
}
