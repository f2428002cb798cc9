import SamkalCore
import Testing

/// No text exists in one language only: every case of every text-bearing type, every
/// `UserText` and every `InputProblem` is read in bokmål, nynorsk and English and held to
/// `Trilingual.expect`. The samples are built by switches without `default`, so a new case
/// does not build until it has a sample here.
struct LanguageCompletenessTests {
    @Test func nynorskIsTheThirdLanguage() {
        #expect(Language.allCases == [.nb, .nn, .en])
        #expect(Language(rawValue: "nn") == .nn)
        #expect(Language.allCases.map(\.tag) == ["nb-NO", "nn-NO", "en"])
        #expect(Language.allCases.map { $0.pick(nb: "bokmål", nn: "nynorsk", en: "English") } == ["bokmål", "nynorsk", "English"])
    }

    @Test(arguments: UserTextSample.allCases) func everyUserText(_ key: UserTextSample) {
        #expect(UserTextSample(key.sample) == key)
        Trilingual.expect(key.testDescription) { key.sample.text(in: $0) }
    }

    @Test(arguments: InputProblemSample.allCases) func everyInputProblem(_ key: InputProblemSample) {
        #expect(InputProblemSample(key.sample) == key)
        Trilingual.expect(key.testDescription) { key.sample.message(in: $0) }
    }

    @Test(arguments: InputFileKind.allCases) func everyKindOfInputFile(_ kind: InputFileKind) {
        let problems: [InputProblem] = [
            .inputFileMissing(path: "P", kind: kind), .notUTF8(kind: kind), .unsupportedEncoding(.utf32, kind: kind),
        ]
        for problem in problems {
            Trilingual.expect("InputProblem.\(InputProblemSample(problem).rawValue)(\(kind.rawValue))") { problem.message(in: $0) }
        }
    }

    @Test(arguments: UnsupportedEncoding.allCases) func everyUnsupportedEncoding(_ encoding: UnsupportedEncoding) {
        Trilingual.expect("UnsupportedEncoding.\(encoding.rawValue)") {
            InputProblem.unsupportedEncoding(encoding, kind: .agreementYAML).message(in: $0)
        }
    }

    @Test(arguments: YAMLSyntaxProblem.allCases) func everyYAMLSyntaxProblem(_ problem: YAMLSyntaxProblem) {
        Trilingual.expect("YAMLSyntaxProblem.\(problem.rawValue)") { InputProblem.yamlSyntaxError(problem).message(in: $0) }
    }

    @Test(arguments: InputProblem.ExpectedValue.allCases) func everyExpectedValue(_ expected: InputProblem.ExpectedValue) {
        Trilingual.expect("ExpectedValue.\(expected.rawValue)") { InputProblem.wrongType(expected: expected).message(in: $0) }
    }

    /// The severity's own word, around a text that is the same in every language.
    @Test(arguments: Diagnostic.Severity.allCases) func everySeverity(_ severity: Diagnostic.Severity) {
        let diagnostic = Diagnostic(
            severity: severity, location: SamkalCore.SourceLocation(file: "avtale.yaml", line: 1, column: 1),
            field: "", problem: .replyRefused("T")
        )
        Trilingual.expect("Diagnostic.Severity.\(severity.rawValue)") { diagnostic.formatted(in: $0) }
    }

    @Test(arguments: MoveReasonSample.allCases) func everyMoveReason(_ key: MoveReasonSample) {
        #expect(MoveReasonSample(key.sample) == key)
        Trilingual.expect(key.testDescription) { key.sample.message(in: $0) }
    }

    @Test(arguments: PlanNoteSample.allCases) func everyPlanNote(_ key: PlanNoteSample) {
        #expect(PlanNoteSample(key.sample) == key)
        Trilingual.expect(key.testDescription) { key.sample.message(in: $0) }
    }

    @Test(arguments: ReplyProblemSample.allCases) func everyReplyProblem(_ key: ReplyProblemSample) {
        #expect(ReplyProblemSample(key.sample) == key)
        Trilingual.expect(key.testDescription) { key.sample.message(in: $0) }
    }

    @Test(arguments: MeetingKind.allCases) func everyMeetingKindAndItsAgenda(_ kind: MeetingKind) {
        Trilingual.expect("MeetingKind.\(kind.rawValue)") { kind.title(in: $0) }
        let agendas = Language.allCases.map { DefaultAgenda.items(for: kind, in: $0) }
        #expect(Set(agendas.map(\.count)).count == 1, "\(kind.rawValue): the agenda has as many items in every language")
        Trilingual.expect("DefaultAgenda.\(kind.rawValue)") { DefaultAgenda.items(for: kind, in: $0).joined(separator: "\n") }
    }

    @Test func theRevisionAgendaItem() {
        Trilingual.expect("DefaultAgenda.revisionItem") { DefaultAgenda.revisionItem(in: $0) }
    }

    @Test(arguments: PartyKind.allCases) func everyPartyKind(_ kind: PartyKind) {
        Trilingual.expect("PartyKind.\(kind.rawValue)") { kind.text(in: $0) }
    }

    @Test(arguments: PersonRole.allCases) func everyPersonRole(_ role: PersonRole) {
        Trilingual.expect("PersonRole.\(role.rawValue)") { role.text(in: $0) }
    }

    @Test(arguments: Weekday.allCases) func everyWeekday(_ day: Weekday) {
        Trilingual.expect("Weekday.\(day.rawValue)") { day.name(in: $0) }
    }

    @Test func theNynorskWeekdays() {
        #expect(Weekday.allCases.map { $0.name(in: .nn) } == ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"])
    }

    @Test(arguments: PublicHoliday.Name.allCases) func everyPublicHoliday(_ holiday: PublicHoliday.Name) {
        Trilingual.expect("PublicHoliday.\(holiday.rawValue)") { holiday.text(in: $0) }
    }

    @Test(arguments: AttendanceStatus.allCases) func everyAttendanceStatus(_ status: AttendanceStatus) {
        Trilingual.expect("AttendanceStatus.\(status.rawValue)") { status.text(in: $0) }
    }

    @Test(arguments: ParticipationAnswer.allCases) func everyParticipationAnswer(_ answer: ParticipationAnswer) {
        Trilingual.expect("ParticipationAnswer.\(answer.rawValue)") { answer.text(in: $0) }
    }

    @Test(arguments: AccessRule.allCases) func everyAccessRule(_ rule: AccessRule) {
        Trilingual.expect("AccessRule.\(rule.rawValue)") { rule.text(in: $0) }
    }

    @Test(arguments: ["spring", "autumn", "summer", "winter"]) func everyKnownPeriod(_ period: String) throws {
        let day = try #require(MonthDay(month: 3, day: 1))
        let window = MeetingWindow(period: period, from: day, to: day)
        Trilingual.expect("MeetingWindow.\(period)") { window.periodName(in: $0) }
    }

    /// An agreement written in nynorsk names its weekdays in nynorsk.
    @Test func aNynorskWeekdayIsRead() throws {
        let yaml = AgreementFixtures.small.replacingOccurrences(of: "weekday: tuesday", with: "weekday: tysdag")
        let agreement = try AgreementParser.parse(yaml: yaml, file: "avtale.yaml").resolved(calendarPeriods: [])
        #expect(agreement.leaderMeetings?.rule.preference.weekday == .tuesday)
    }
}
