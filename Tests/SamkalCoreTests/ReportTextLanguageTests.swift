import SamkalCore
import Testing

/// Every word of the internal-control report and of the web pages in bokmål, nynorsk and English.
struct ReportTextLanguageTests {
    @Test(arguments: InternalControlText.allCases) func everyReportText(_ text: InternalControlText) {
        Trilingual.expect("InternalControlText.\(text.rawValue)") { text.text(in: $0) }
    }

    @Test(arguments: WebText.allCases) func everyWebText(_ text: WebText) {
        Trilingual.expect("WebText.\(text.rawValue)") { text.text(in: $0) }
    }

    @Test(arguments: ParticipantCheckKind.allCases) func everyCheck(_ check: ParticipantCheckKind) {
        Trilingual.expect("ParticipantCheckKind.\(check.rawValue)") { check.text(in: $0) }
    }

    @Test(arguments: ControlStatus.allCases) func everyStatus(_ status: ControlStatus) {
        Trilingual.expect("ControlStatus.\(status.rawValue)") { status.text(in: $0) }
    }

    @Test func everyDeadlineWord() {
        for event in RegistrationDeadline.Event.allCases {
            Trilingual.expect("RegistrationDeadline.Event.\(event.rawValue)") { event.text(in: $0) }
        }
        for standing in RegistrationDeadline.Standing.allCases {
            Trilingual.expect("RegistrationDeadline.Standing.\(standing.rawValue)") { standing.text(in: $0) }
        }
    }
}
