import SamkalCore
import Testing

/// One sample of every `InputProblem` case, for `LanguageCompletenessTests`.
///
/// Both switches have no `default`: a new problem does not build until it is named in
/// `init(_:)`, and then not until its key has a sample in `sample`. The values inside a
/// problem (file kinds, encodings, YAML syntax problems, expected values) are each read in
/// every language by their own tests.
enum InputProblemSample: String, CaseIterable, CustomTestStringConvertible {
    case yamlSyntax, emptyDocument, wrongType, unknownKey, missingKey, requiresKey, duplicateKey, duplicateID, undefinedPerson
    case undefinedParty, partyWithoutLeader, impossibleDate, invalidMonthDay, invalidTime, invalidChoice
    case invalidNumber, emptyList, spanEndsBeforeStart, windowWithoutWorkingDay, timeOutsideWorkingHours
    case durationDoesNotFit, convenerNotRefugeeService, perYearMismatch, unknownPeriod, unknownTimeZone
    case firstDateNotOnWeekday, invalidEmail, calendarFileUnreadable, calendarFileInvalid, calendarFileEmpty
    case tooManyOccurrences, eventWithoutStart, eventEndsBeforeStart, impossibleCalendarValue, unknownEventTimeZone
    case componentInsideEvent, componentsNestedTooDeep, lineTooLong, ruleCannotBeExpanded, timeZoneTooCostly, eventWithoutLength
    case tooManyBusyPeriods, replyRefused, described, notICalendar, unbalancedComponent, csvUnreadable, csvColumnCount
    case duplicateRow, invalidPeriod, looksLikeNationalID, unknownReferencedAgreement, notInReferencedAgreement
    case referencedZoneDiffers, referenceCycle, inputFileMissing, inputFileIsDirectory
    case inputFileNotRegular, inputFilePermissionDenied, inputFileTooLarge, inputFileUnreadable, unsupportedEncoding
    case notUTF8, csvUnterminatedQuote, csvFieldTooLong, csvRecordTooLong, csvTooManyRows, yamlTabIndentation
    case yamlAlias, yamlTooDeep, textTooLong, yamlSyntaxError

    /// The key of `problem`'s case.
    init(_ problem: InputProblem) {
        switch problem {
        case .yamlSyntax: self = .yamlSyntax
        case .emptyDocument: self = .emptyDocument
        case .wrongType: self = .wrongType
        case .unknownKey: self = .unknownKey
        case .missingKey: self = .missingKey
        case .requiresKey: self = .requiresKey
        case .duplicateKey: self = .duplicateKey
        case .duplicateID: self = .duplicateID
        case .undefinedPerson: self = .undefinedPerson
        case .undefinedParty: self = .undefinedParty
        case .partyWithoutLeader: self = .partyWithoutLeader
        case .impossibleDate: self = .impossibleDate
        case .invalidMonthDay: self = .invalidMonthDay
        case .invalidTime: self = .invalidTime
        case .invalidChoice: self = .invalidChoice
        case .invalidNumber: self = .invalidNumber
        case .emptyList: self = .emptyList
        case .spanEndsBeforeStart: self = .spanEndsBeforeStart
        case .windowWithoutWorkingDay: self = .windowWithoutWorkingDay
        case .timeOutsideWorkingHours: self = .timeOutsideWorkingHours
        case .durationDoesNotFit: self = .durationDoesNotFit
        case .convenerNotRefugeeService: self = .convenerNotRefugeeService
        case .perYearMismatch: self = .perYearMismatch
        case .unknownPeriod: self = .unknownPeriod
        case .unknownTimeZone: self = .unknownTimeZone
        case .firstDateNotOnWeekday: self = .firstDateNotOnWeekday
        case .invalidEmail: self = .invalidEmail
        case .calendarFileUnreadable: self = .calendarFileUnreadable
        case .calendarFileInvalid: self = .calendarFileInvalid
        case .calendarFileEmpty: self = .calendarFileEmpty
        case .tooManyOccurrences: self = .tooManyOccurrences
        case .eventWithoutStart: self = .eventWithoutStart
        case .eventEndsBeforeStart: self = .eventEndsBeforeStart
        case .impossibleCalendarValue: self = .impossibleCalendarValue
        case .unknownEventTimeZone: self = .unknownEventTimeZone
        case .componentInsideEvent: self = .componentInsideEvent
        case .componentsNestedTooDeep: self = .componentsNestedTooDeep
        case .lineTooLong: self = .lineTooLong
        case .ruleCannotBeExpanded: self = .ruleCannotBeExpanded
        case .timeZoneTooCostly: self = .timeZoneTooCostly
        case .eventWithoutLength: self = .eventWithoutLength
        case .tooManyBusyPeriods: self = .tooManyBusyPeriods
        case .replyRefused: self = .replyRefused
        case .described: self = .described
        case .notICalendar: self = .notICalendar
        case .unbalancedComponent: self = .unbalancedComponent
        case .csvUnreadable: self = .csvUnreadable
        case .csvColumnCount: self = .csvColumnCount
        case .duplicateRow: self = .duplicateRow
        case .invalidPeriod: self = .invalidPeriod
        case .looksLikeNationalID: self = .looksLikeNationalID
        case .unknownReferencedAgreement: self = .unknownReferencedAgreement
        case .notInReferencedAgreement: self = .notInReferencedAgreement
        case .referencedZoneDiffers: self = .referencedZoneDiffers
        case .referenceCycle: self = .referenceCycle
        case .inputFileMissing: self = .inputFileMissing
        case .inputFileIsDirectory: self = .inputFileIsDirectory
        case .inputFileNotRegular: self = .inputFileNotRegular
        case .inputFilePermissionDenied: self = .inputFilePermissionDenied
        case .inputFileTooLarge: self = .inputFileTooLarge
        case .inputFileUnreadable: self = .inputFileUnreadable
        case .unsupportedEncoding: self = .unsupportedEncoding
        case .notUTF8: self = .notUTF8
        case .csvUnterminatedQuote: self = .csvUnterminatedQuote
        case .csvFieldTooLong: self = .csvFieldTooLong
        case .csvRecordTooLong: self = .csvRecordTooLong
        case .csvTooManyRows: self = .csvTooManyRows
        case .yamlTabIndentation: self = .yamlTabIndentation
        case .yamlAlias: self = .yamlAlias
        case .yamlTooDeep: self = .yamlTooDeep
        case .textTooLong: self = .textTooLong
        case .yamlSyntaxError: self = .yamlSyntaxError
        }
    }

    /// A representative problem of this case, with short placeholder values.
    var sample: InputProblem {
        switch self {
        case .yamlSyntax: .yamlSyntax("D")
        case .emptyDocument: .emptyDocument
        case .wrongType: .wrongType(expected: .mapping)
        case .unknownKey: .unknownKey("K", allowed: ["a", "b"])
        case .missingKey: .missingKey("K")
        case .requiresKey: .requiresKey(key: "K", requires: "R: v")
        case .duplicateKey: .duplicateKey("K")
        case .duplicateID: .duplicateID("I")
        case .undefinedPerson: .undefinedPerson("P")
        case .undefinedParty: .undefinedParty("P")
        case .partyWithoutLeader: .partyWithoutLeader("P")
        case .impossibleDate: .impossibleDate("2027-02-30")
        case .invalidMonthDay: .invalidMonthDay("02-30")
        case .invalidTime: .invalidTime("25:00")
        case .invalidChoice: .invalidChoice("V", allowed: ["a", "b"])
        case .invalidNumber: .invalidNumber("0", range: 1...12)
        case .emptyList: .emptyList
        case .spanEndsBeforeStart: .spanEndsBeforeStart(from: "2027-02-01", to: "2027-01-01")
        case .windowWithoutWorkingDay: .windowWithoutWorkingDay(window: "W", year: 2027)
        case .timeOutsideWorkingHours: .timeOutsideWorkingHours(time: "07:00", hours: "08:00–15:45")
        case .durationDoesNotFit: .durationDoesNotFit(time: "15:00", minutes: 90, hours: "08:00–15:45")
        case .convenerNotRefugeeService: .convenerNotRefugeeService("P")
        case .perYearMismatch: .perYearMismatch(perYear: 3, windows: 2)
        case .unknownPeriod: .unknownPeriod("P", known: ["spring", "autumn"])
        case .unknownTimeZone: .unknownTimeZone("Z")
        case .firstDateNotOnWeekday: .firstDateNotOnWeekday(date: "2027-01-05", weekday: .monday)
        case .invalidEmail: .invalidEmail("E")
        case .calendarFileUnreadable: .calendarFileUnreadable(path: "P", reason: "R")
        case .calendarFileInvalid: .calendarFileInvalid(path: "P", reason: "R")
        case .calendarFileEmpty: .calendarFileEmpty(path: "P")
        case .tooManyOccurrences: .tooManyOccurrences(limit: 10_000)
        case .eventWithoutStart: .eventWithoutStart
        case .eventEndsBeforeStart: .eventEndsBeforeStart(property: "DTEND")
        case .impossibleCalendarValue: .impossibleCalendarValue(property: "DTSTART", value: "V")
        case .unknownEventTimeZone: .unknownEventTimeZone("Z")
        case .componentInsideEvent: .componentInsideEvent("VTODO")
        case .componentsNestedTooDeep: .componentsNestedTooDeep(limit: 8)
        case .lineTooLong: .lineTooLong(limit: 10_000)
        case .ruleCannotBeExpanded: .ruleCannotBeExpanded("R")
        case .timeZoneTooCostly: .timeZoneTooCostly(zone: "Z", rule: "R")
        case .eventWithoutLength: .eventWithoutLength
        case .tooManyBusyPeriods: .tooManyBusyPeriods(limit: 100_000)
        case .replyRefused: .replyRefused("T")
        case .described: .described("T")
        case .notICalendar: .notICalendar(path: "P")
        case .unbalancedComponent: .unbalancedComponent("VEVENT")
        case .csvUnreadable: .csvUnreadable("D")
        case .csvColumnCount: .csvColumnCount(expected: 8, found: 7)
        case .duplicateRow: .duplicateRow("I", line: 3)
        case .invalidPeriod: .invalidPeriod("V")
        case .looksLikeNationalID: .looksLikeNationalID
        case .unknownReferencedAgreement: .unknownReferencedAgreement("A")
        case .notInReferencedAgreement: .notInReferencedAgreement(id: "P", agreement: "A")
        case .referencedZoneDiffers: .referencedZoneDiffers(agreement: "A", zone: "Europe/Stockholm")
        case .referenceCycle: .referenceCycle("A", limit: 8)
        case .inputFileMissing: .inputFileMissing(path: "P", kind: .agreementYAML)
        case .inputFileIsDirectory: .inputFileIsDirectory(path: "P", kind: .agreementYAML)
        case .inputFileNotRegular: .inputFileNotRegular(path: "P", kind: .agreementYAML)
        case .inputFilePermissionDenied: .inputFilePermissionDenied(path: "P", kind: .agreementYAML)
        case .inputFileTooLarge: .inputFileTooLarge(path: "P", kind: .agreementYAML, bytes: 5_500_000, limit: 5_000_000)
        case .inputFileUnreadable: .inputFileUnreadable(path: "P", kind: .agreementYAML)
        case .unsupportedEncoding: .unsupportedEncoding(.utf16LittleEndian, kind: .participantCSV)
        case .notUTF8: .notUTF8(kind: .participantCSV)
        case .csvUnterminatedQuote: .csvUnterminatedQuote
        case .csvFieldTooLong: .csvFieldTooLong(limit: 10_000, quoted: true)
        case .csvRecordTooLong: .csvRecordTooLong(limit: 100_000)
        case .csvTooManyRows: .csvTooManyRows(limit: 20_000)
        case .yamlTabIndentation: .yamlTabIndentation
        case .yamlAlias: .yamlAlias("A")
        case .yamlTooDeep: .yamlTooDeep(limit: 32)
        case .textTooLong: .textTooLong(length: 20_000, limit: 10_000)
        case .yamlSyntaxError: .yamlSyntaxError(.colonNotAllowed)
        }
    }

    var testDescription: String { "InputProblem.\(rawValue)" }
}
