import SamkalCore
import Testing

struct ParticipantCSVTests {
    static let people: Set<String> = ["ola-brattoy", "jonas-odegard", "lars-ornes", "eva-strom"]
    static let header = "id,name,language,interpreter,start,planned_end,final_goal,program_advisor,nav_advisor,team_needs,team_members,parental_leave,holidays"

    func parse(_ rows: [String]) throws(DiagnosticsError) -> [Participant] {
        try ParticipantCSV.parse(([Self.header] + rows).joined(separator: "\n"), file: "deltakere.csv", knownPeople: Self.people)
    }

    func diagnostics(_ rows: [String]) -> [Diagnostic] {
        do {
            _ = try parse(rows)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func goodRowsAreRead() throws {
        let participants = try parse([
            "D-0042,Amanuel Tesfay,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,jonas-odegard,adultEducation;nav,lars-ornes,,2027-07-05..2027-07-30",
            "\"D-0043\",\"Haile, Rahel\",ti,nei,2026-09-01,2028-08-31,education,ola-brattoy,,health,eva-strom,2027-02-01..2027-11-30,",
        ])
        #expect(participants.count == 2)
        let first = participants[0]
        #expect(first.needsInterpreter)
        #expect(first.teamNeeds == [.adultEducation, .nav])
        #expect(first.holidays.first?.dayCount == 26)
        #expect(first.followerIDs == ["ola-brattoy", "jonas-odegard", "lars-ornes"])
        let second = participants[1]
        #expect(second.name == "Haile, Rahel")
        #expect(second.navAdvisorID == nil)
        #expect(second.parentalLeave.count == 1)
    }

    @Test func aBadRowNamesItsLineAndColumnAndNothingIsRead() {
        let found = diagnostics([
            "D-0042,Amanuel Tesfay,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
            "D-0043,Rahel Haile,ti,ja,2026-02-30,2028-08-31,work,ola-brattoy,,,,,",
            "D-0044,Olena Kovalenko,uk,nei,2026-10-15,2027-10-14,work,kari-nordmann,,,,,",
        ])
        #expect(found.count == 2)
        #expect(found[0].location == SourceLocation(file: "deltakere.csv", line: 3, column: 5))
        #expect(found[0].problem == .impossibleDate("2026-02-30"))
        #expect(found[1].location.line == 4)
        #expect(found[1].location.column == 8)
        #expect(found[1].problem == .undefinedPerson("kari-nordmann"))
    }

    @Test func quotedLineBreaksKeepLineNumbersRight() {
        let found = diagnostics([
            "D-0042,\"Amanuel\nTesfay\",ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
            "D-0043,Rahel Haile,ti,kanskje,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
        ])
        #expect(found.first?.location.line == 4)
        #expect(found.first?.field == "interpreter")
    }

    @Test func headerProblemsAreReported() {
        let found: [Diagnostic]
        do {
            _ = try ParticipantCSV.parse("id,name,fodselsnummer\nD-1,A,123", file: "x.csv", knownPeople: [])
            found = []
        } catch {
            found = error.diagnostics
        }
        #expect(found.contains { $0.problem == .unknownKey("fodselsnummer", allowed: ParticipantCSV.requiredColumns + ParticipantCSV.optionalColumns) })
        #expect(found.contains { $0.problem == .missingKey("program_advisor") })
    }

    @Test func nationalIdentityNumbersAreRefused() {
        let found = diagnostics(["01019912345,Test,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,"])
        #expect(found.first?.problem == .looksLikeNationalID)
    }

    @Test(arguments: ["010199 12345", "010199-12345", "010199.12345", "0101 9912 345", "010199\u{00A0}12345"])
    func nationalIdentityNumbersWrittenWithSeparatorsAreRefusedToo(_ id: String) {
        let found = diagnostics(["\"\(id)\",Test,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,"])
        #expect(found.first?.problem == .looksLikeNationalID, "\(id)")
        #expect(NationalIdentityNumber.looksLike(id))
    }

    @Test func caseIdsWithDigitsAreNotNationalIdentityNumbers() {
        for id in ["D-0042", "2027-00123", "K-12345678", "0101991234"] {
            #expect(!NationalIdentityNumber.looksLike(id), "\(id)")
        }
    }

    @Test func duplicateIdsAndWrongColumnCountsAreReported() {
        let found = diagnostics([
            "D-0042,A,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
            "D-0042,B,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
            "D-0043,C,ti",
        ])
        #expect(found.contains { $0.problem == .duplicateRow("D-0042", line: 2) && $0.location.line == 3 })
        #expect(found.contains { $0.problem == .csvColumnCount(expected: 13, found: 3) && $0.location.line == 4 })
    }
}

// Input files: the CSV as Norwegian Excel saves it, and every broken file refused where it breaks.
extension ParticipantCSVTests {
    static let semicolonHeader = "id;name;language;interpreter;start;planned_end;final_goal;program_advisor;team_needs"

    func problems(_ text: String) -> [Diagnostic] {
        do {
            _ = try ParticipantCSV.parse(text, file: "deltakere.csv", knownPeople: Self.people)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func excelSemicolonExportWithByteOrderMarkAndCRLFIsRead() throws {
        let text = "\u{FEFF}" + [
            Self.semicolonHeader,
            "D-0042;Haile, Rahel;ti;ja;2026-09-01;2028-08-31;work;ola-brattoy;\"adultEducation;nav\"",
            ";;;;;;;;",
            "D-0043;\"Olena\r\nKovalenko\";uk;nei;2026-09-01;2028-08-31;work;ola-brattoy;",
            "",
        ].joined(separator: "\r\n")
        let participants = try ParticipantCSV.parse(text, file: "deltakere.csv", knownPeople: Self.people)
        #expect(participants.map(\.id) == ["D-0042", "D-0043"])
        #expect(participants[0].name == "Haile, Rahel")
        #expect(participants[0].teamNeeds == [.adultEducation, .nav])
        #expect(participants[1].name == "Olena\nKovalenko")
    }

    @Test func lineNumbersCountCRLFAndQuotedLineBreaksInSemicolonFiles() {
        let text = [
            Self.semicolonHeader,
            "D-0042;\"Amanuel\r\nTesfay\";ti;ja;2026-09-01;2028-08-31;work;ola-brattoy;",
            "D-0043;Rahel;ti;kanskje;2026-09-01;2028-08-31;work;ola-brattoy;",
        ].joined(separator: "\r\n")
        let found = problems(text)
        #expect(found.map(\.location) == [SourceLocation(file: "deltakere.csv", line: 4, column: 4)])
        #expect(found.first?.field == "interpreter")
    }

    @Test func windows1252FromNorwegianExcelIsRead() throws {
        // "Ørnes Æsøy" and "Håkon" as Windows-1252 bytes (Ø 0xD8, Æ 0xC6, ø 0xF8, å 0xE5), and "–" (0x96).
        var bytes = Array((Self.semicolonHeader + "\r\nD-0042;").utf8)
        bytes += [0xD8] + Array("rnes ".utf8) + [0xC6] + Array("s".utf8) + [0xF8] + Array("y ".utf8) + [0x96] + Array(" H".utf8) + [0xE5] + Array("kon".utf8)
        bytes += Array(";ti;ja;2026-09-01;2028-08-31;work;ola-brattoy;\r\n".utf8)
        let text = try InputText.decode(bytes, file: "deltakere.csv", kind: .participantCSV)
        let participants = try ParticipantCSV.parse(text, file: "deltakere.csv", knownPeople: Self.people)
        #expect(participants.first?.name == "Ørnes Æsøy – Håkon")
    }

    @Test func anUnterminatedQuoteIsReportedWhereItOpened() {
        let text = [
            Self.header,
            "D-0042,Amanuel Tesfay,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
            "D-0043,\"Rahel Haile,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,",
            "D-0044,Olena Kovalenko,uk,nei,2026-10-15,2027-10-14,work,ola-brattoy,,,,,",
        ].joined(separator: "\n")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "deltakere.csv", line: 3, column: 8))
        #expect(found.first?.problem == .csvUnterminatedQuote)
        #expect(found.first?.formatted(in: .nb).hasPrefix("deltakere.csv:3:8: feil: anførselstegnet som åpner feltet her, lukkes aldri") == true)
    }

    @Test func overlongFieldsRecordsAndNamesAreRefusedWhereTheyStand() {
        let longField = String(repeating: "x", count: InputLimits.csvFieldCharacters + 1)
        let start = "D-0042,Amanuel,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,"
        let field = problems(Self.header + "\n" + start + "\"" + longField + "\"\n")
        #expect(field.map(\.location) == [SourceLocation(file: "deltakere.csv", line: 2, column: start.count + 1)])
        #expect(field.first?.problem == .csvFieldTooLong(limit: InputLimits.csvFieldCharacters, quoted: true))

        let manyFields = String(repeating: String(repeating: "y", count: 900) + ",", count: 12)
        let record = problems(Self.header + "\n" + manyFields + "\n")
        #expect(record.first?.problem == .csvRecordTooLong(limit: InputLimits.csvRecordCharacters))
        #expect(record.first?.location.line == 2)

        let name = String(repeating: "N", count: InputLimits.shortTextCharacters + 1)
        let named = problems(Self.header + "\nD-0042,\(name),ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,")
        #expect(named.first?.problem == .textTooLong(length: name.count, limit: InputLimits.shortTextCharacters))
        #expect(named.first?.location == SourceLocation(file: "deltakere.csv", line: 2, column: 2))
        #expect(named.first?.field == "name")
    }

    @Test func tooManyRowsAreRefusedAtTheFirstRowTooMany() {
        let row = "D,N,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,,,,,"
        let text = Self.header + "\n" + Array(repeating: row, count: InputLimits.csvRows + 1).joined(separator: "\n")
        let found = problems(text)
        #expect(found.map(\.problem) == [.csvTooManyRows(limit: InputLimits.csvRows)])
        #expect(found.first?.location.line == InputLimits.csvRows + 2)
    }

    @Test func tenMegabytesOfBrokenCSVAreRefusedInWellUnderASecond() {
        let clock = ContinuousClock()
        let unterminated = Self.header + "\nD-0042,\"" + String(repeating: "a,b\n", count: 2_500_000)
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = problems(unterminated) }
        #expect(found.first?.problem == .csvFieldTooLong(limit: InputLimits.csvFieldCharacters, quoted: true))
        #expect(found.first?.location == SourceLocation(file: "deltakere.csv", line: 2, column: 8))
        #expect(elapsed < .seconds(1))

        let oneLine = String(repeating: "z", count: 10_000_000)
        let long = clock.measure { found = problems(oneLine) }
        #expect(found.first?.problem == .csvFieldTooLong(limit: InputLimits.csvFieldCharacters, quoted: false))
        #expect(long < .seconds(1))
    }

    @Test func parsingTakesTimeInProportionToTheFile() {
        let row = "D-%d,Amanuel Tesfay,ti,ja,2026-09-01,2028-08-31,work,ola-brattoy,jonas-odegard,adultEducation;nav,lars-ornes,,2027-07-05..2027-07-30"
        func file(_ rows: Int) -> String {
            ([Self.header] + (0..<rows).map { row.replacingOccurrences(of: "%d", with: String($0)) }).joined(separator: "\n")
        }
        let small = file(2_000), large = file(16_000)
        let clock = ContinuousClock()
        var counts: [Int] = []
        let smallTime = clock.measure { counts.append((try? ParticipantCSV.parse(small, file: "d.csv", knownPeople: Self.people))?.count ?? 0) }
        let largeTime = clock.measure { counts.append((try? ParticipantCSV.parse(large, file: "d.csv", knownPeople: Self.people))?.count ?? 0) }
        #expect(counts == [2_000, 16_000])
        // Eight times the rows: well under 30 times the time (a quadratic parser takes 64).
        #expect(largeTime < smallTime * 30 + .milliseconds(100), "\(smallTime) → \(largeTime)")
    }
}

/// A file with thousands of problems prints the first fifty and how many more there are.
@Test func manyProblemsArePrintedAsTheFirstFiftyAndACount() {
    let diagnostics = (1...20_000).map { line in
        Diagnostic(location: SourceLocation(file: "d.csv", line: line + 1, column: 1), field: "start", problem: .impossibleDate("x"))
    }
    let text = DiagnosticsError(diagnostics).formatted(in: .nb)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 51)
    #expect(lines.first?.hasPrefix("d.csv:2:1: feil: start:") == true)
    #expect(lines.last == "… og 19950 feil til (rett de første og prøv igjen)")
}
