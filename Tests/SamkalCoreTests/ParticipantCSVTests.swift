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
