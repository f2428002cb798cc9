import SamkalCore
import Testing

struct AgreementParserTests {
    func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func exampleAgreementParses() throws {
        let draft = try AgreementParser.parse(yaml: AgreementFixtures.exampleYAML(), file: "example.yaml")
        // The school-holiday calendar it names is left for the caller to read.
        #expect(draft.calendars.map(\.path) == ["skolerute-trondelag-2026-2028.ics"])
        let agreement = draft.resolved(calendarPeriods: [AvoidPeriod(name: "Høstferie", span: DateSpan(first: LocalDate(iso: "2027-10-11")!, last: LocalDate(iso: "2027-10-15")!)!)])
        #expect(agreement.avoidPeriods.contains { $0.name == "Høstferie" })
        #expect(agreement.id == "afjord-nav-nord-fosen")
        #expect(agreement.timeZoneID == "Europe/Oslo")
        #expect(agreement.leaderMeetings?.windows.map(\.period) == ["spring", "autumn"])
        let convener = try #require(agreement.leaderMeetings?.rule.convenerID)
        #expect(agreement.people[convener]?.partyID == "flyktningtjenesten")
        #expect(agreement.parties.first { $0.id == "flyktningtjenesten" }?.kind == .refugeeService)
    }

    @Test func smallAgreementParsesWithDefaults() throws {
        let agreement = try AgreementParser.parse(yaml: AgreementFixtures.small, file: "avtale.yaml").resolved(calendarPeriods: [])
        #expect(agreement.timeZoneID == "Europe/Oslo")
        #expect(agreement.meetingWeekdays.count == 5)
        #expect(agreement.uidDomain == "test.example.no")
        #expect(agreement.leaderMeetings?.rule.attendeeIDs == ["kontakt-f", "leder-f", "leder-n"])
    }

    @Test func yamlSyntaxErrorNamesLineAndColumn() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 22, with: "  time: [\"09:00\""))
        let first = try #require(found.first)
        guard case .yamlSyntaxError = first.problem else {
            Issue.record("expected a YAML syntax error, got \(first.problem)")
            return
        }
        #expect(first.location.line >= 22)
        #expect(first.location.file == "avtale.yaml")
    }

    @Test func unknownKeyIsReportedAtTheKey() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 22, with: "  tiem: \"09:00\""))
        #expect(found.contains { $0.problem == .unknownKey("tiem", allowed: $0.problem.allowedKeys) && $0.location.line == 22 && $0.location.column == 3 })
        #expect(found.contains { $0.problem == .missingKey("time") && $0.field == "leaderMeetings" })
    }

    @Test func missingRequiredKeyIsReported() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 2, with: "# no name"))
        let first = try #require(found.first)
        #expect(first.problem == .missingKey("name"))
        #expect(first.location.line == 1)
    }

    @Test func undefinedPersonIsReportedAtTheReference() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 25, with: "  convener: ola-nordmann"))
        let first = try #require(found.first)
        #expect(first.problem == .undefinedPerson("ola-nordmann"))
        #expect(first.field == "leaderMeetings.convener")
        #expect(first.location.line == 25)
        #expect(first.location.column == 13)
    }

    @Test func convenerMustBelongToTheRefugeeService() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 25, with: "  convener: kontakt-n"))
        #expect(found.first?.problem == .convenerNotRefugeeService("kontakt-n"))
    }

    @Test func impossibleDateIsReported() throws {
        let yaml = AgreementFixtures.small(appending: """
            avoidPeriods:
              periods:
                - { name: Vinterferie, from: 2027-02-30, to: 2027-03-05 }
            """)
        let first = try #require(diagnostics(yaml).first)
        #expect(first.problem == .impossibleDate("2027-02-30"))
        #expect(first.location.line == 29)
        #expect(first.field == "avoidPeriods.periods[0].from")
    }

    @Test func impossibleWindowDayIsReported() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 19, with: "    - { period: spring, from: \"02-30\", to: \"05-31\" }"))
        #expect(found.first?.problem == .invalidMonthDay("02-30"))
        #expect(found.first?.location.line == 19)
    }

    @Test func windowWithNoWorkingDayIsReported() throws {
        // 25–26 December are always public holidays.
        let found = diagnostics(AgreementFixtures.small(replacingLine: 20, with: "    - { period: autumn, from: \"12-25\", to: \"12-26\" }"))
        let first = try #require(found.first)
        guard case .windowWithoutWorkingDay = first.problem else {
            Issue.record("expected windowWithoutWorkingDay, got \(first.problem)")
            return
        }
        #expect(first.location.line == 20)
        #expect(first.field == "leaderMeetings.windows[1]")
    }

    @Test func timeOutsideWorkingHoursIsReported() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 22, with: "  time: \"16:00\""))
        #expect(found.first?.problem == .timeOutsideWorkingHours(time: "16:00", hours: "08:30–15:00"))
        #expect(found.first?.location.line == 22)
        #expect(found.first?.field == "leaderMeetings.time")
    }

    @Test func durationThatDoesNotFitTheDayIsReported() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 23, with: "  durationMinutes: 400"))
        #expect(found.first?.problem == .durationDoesNotFit(time: "09:00", minutes: 400, hours: "08:30–15:00"))
        #expect(found.first?.location.line == 23)
    }

    @Test func invalidTimeIsReported() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 22, with: "  time: \"25:00\""))
        #expect(found.first?.problem == .invalidTime("25:00"))
    }

    @Test func undefinedPartyIsReported() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 26, with: "  leadersOf: [flyktning, voksenopplaering]"))
        #expect(found.first?.problem == .undefinedParty("voksenopplaering"))
        #expect(found.first?.field == "leaderMeetings.leadersOf[1]")
    }

    @Test func everyErrorInAFileIsReportedAtOnce() throws {
        var yaml = AgreementFixtures.small(replacingLine: 22, with: "  time: \"16:00\"")
        yaml = yaml.replacingOccurrences(of: "convener: kontakt-f", with: "convener: ukjent")
        #expect(diagnostics(yaml).count == 2)
    }

    @Test func messagesAreInBokmalByDefaultAndEnglishOnRequest() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 25, with: "  convener: ola-nordmann"))
        let first = try #require(found.first)
        #expect(first.formatted(in: .nb) == "avtale.yaml:25:13: feil: leaderMeetings.convener: personen 'ola-nordmann' er ikke definert under parties")
        #expect(first.formatted(in: .en) == "avtale.yaml:25:13: error: leaderMeetings.convener: person 'ola-nordmann' is not defined under parties")
    }

    @Test func emptyFileIsAnError() {
        #expect(diagnostics("").first?.problem == .emptyDocument)
    }
}

extension InputProblem {
    /// The allowed keys carried by an unknown-key problem (so tests need not repeat the list).
    var allowedKeys: [String] {
        if case .unknownKey(_, let allowed) = self { return allowed }
        return []
    }
}

// Input files: hostile or careless YAML refused where it stands, in bounded time.
extension AgreementParserTests {
    /// The problems in `yaml` and how long finding them took.
    func timedDiagnostics(_ yaml: String) -> ([Diagnostic], Duration) {
        var found: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { found = diagnostics(yaml) }
        return (found, elapsed)
    }

    @Test func aTabUsedForIndentationIsReportedAtTheTab() throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: 22, with: "\ttime: \"09:00\""))
        let first = try #require(found.first)
        #expect(first.problem == .yamlTabIndentation)
        #expect(first.location == SourceLocation(file: "avtale.yaml", line: 22, column: 1))
        #expect(first.formatted(in: .nb) == "avtale.yaml:22:1: feil: tabulator brukt til innrykk; YAML krever mellomrom")
    }

    @Test func aDuplicateKeyIsReportedAtItsSecondOccurrenceWithItsField() throws {
        let top = diagnostics(AgreementFixtures.small(replacingLine: 3, with: "name: Andre navn"))
        #expect(top.map(\.problem) == [.duplicateKey("name")])
        #expect(top.first?.location == SourceLocation(file: "avtale.yaml", line: 3, column: 1))
        #expect(top.first?.field == "name")

        let inParty = diagnostics(AgreementFixtures.small(replacingLine: 7, with: "    kind: nav"))
        #expect(inParty.map(\.problem) == [.duplicateKey("kind")])
        #expect(inParty.first?.location == SourceLocation(file: "avtale.yaml", line: 7, column: 5))
        #expect(inParty.first?.field == "parties[0].kind")
    }

    @Test func aliasesAreRefusedBeforeAnythingIsExpanded() throws {
        // "Billion laughs": ten levels of ten aliases each, padded to a megabyte.
        var yaml = "id: bomb\nname: lol\nparties: []\nrooms:\n  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "  - &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "# " + String(repeating: "x", count: 1_000_000) + "\n"
        let (found, elapsed) = timedDiagnostics(yaml)
        #expect(found.map(\.problem) == [.yamlAlias("l0")])
        #expect(found.first?.location == SourceLocation(file: "avtale.yaml", line: 6, column: 10))
        #expect(found.first?.field == "rooms[1][0]")
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test(arguments: [
        ("parties: ", "{a: ", "}"), ("parties: ", "[", "]"), ("parties:\n", "- ", ""),
    ])
    func tenThousandLevelsOfNestingAreRefusedAtTheLevelTooDeep(key: String, open: String, close: String) throws {
        let yaml = "id: deep\nname: x\n" + key + String(repeating: open, count: 10_000) + "1" + String(repeating: close, count: 10_000) + "\n"
        #expect(yaml.utf8.count < 100_000)
        let (found, elapsed) = timedDiagnostics(yaml)
        let first = try #require(found.first)
        #expect(found.count == 1)
        #expect(first.problem == .yamlTooDeep(limit: InputLimits.yamlDepth))
        #expect(first.formatted(in: .en).contains("more than 64 levels of indentation or brackets"))
        let ownLine = key.hasSuffix("\n")
        let line = ownLine ? 4 : 3
        let column = (ownLine ? 1 : key.count + 1) + (InputLimits.yamlDepth - 1) * open.count
        #expect(first.location.line == line)
        if open == "[" {
            // libyaml reads nested flow lists ahead and stops at its own limit: reported where
            // the nesting starts.
            #expect(first.location.column <= column)
        } else {
            #expect(first.location.column == column)
        }
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test func overlongTextsAreRefusedAtTheirField() throws {
        let name = String(repeating: "n", count: InputLimits.shortTextCharacters + 1)
        let long = diagnostics(AgreementFixtures.small(replacingLine: 2, with: "name: \(name)"))
        #expect(long.map(\.problem) == [.textTooLong(length: name.count, limit: InputLimits.shortTextCharacters)])
        #expect(long.first?.location == SourceLocation(file: "avtale.yaml", line: 2, column: 7))
        #expect(long.first?.field == "name")

        let person = diagnostics(AgreementFixtures.small(replacingLine: 8, with: "    leader: { id: leder-f, name: \(name), email: leder.f@test.example.no }"))
        #expect(person.contains { $0.problem == .textTooLong(length: name.count, limit: InputLimits.shortTextCharacters) && $0.field == "parties[0].leader.name" })

        let agenda = diagnostics(AgreementFixtures.small(appending: "  agenda: [\(name)]"))
        #expect(agenda.isEmpty, "agenda items may be longer: \(agenda)")

        // A megabyte in one name (as much as an agreement file may hold): refused at the
        // scalar, before any field is read.
        let huge = String(repeating: "N", count: InputLimits.agreementYAMLBytes)
        let (found, elapsed) = timedDiagnostics(AgreementFixtures.small(replacingLine: 2, with: "name: \(huge)"))
        #expect(found.map(\.problem) == [.textTooLong(length: huge.count, limit: InputLimits.yamlScalarCharacters)])
        #expect(found.first?.field == "name")
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test(arguments: [
        (22, "  time: [\"09:00\"", YAMLSyntaxProblem.listNotClosed),
        (2, "name: Test: avtale", .colonNotAllowed),
        (26, "  leadersOf: \"flyktning", .quoteNotClosed),
        (21, "  weekday tuesday", .colonExpected),
        (2, "name: Testavtale\n---\nid: to", .severalDocuments),
    ])
    func syntaxErrorsAreNamedInTheUsersLanguageNeverInLibyamlsEnglish(line: Int, text: String, expected: YAMLSyntaxProblem) throws {
        let found = diagnostics(AgreementFixtures.small(replacingLine: line, with: text))
        let first = try #require(found.first)
        #expect(first.problem == .yamlSyntaxError(expected))
        #expect(first.location.line >= line)
        let nb = first.formatted(in: .nb), en = first.formatted(in: .en)
        #expect(nb.contains(": feil: ugyldig YAML: "), "\(nb)")
        for english in ["not allowed", "did not find", "could not find", "found unexpected", "while scanning", "while parsing"] {
            #expect(!nb.contains(english) && !en.contains(english), "\(en)")
        }
    }
}
