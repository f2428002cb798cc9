import SamkalCore
import Testing

/// The command line's own texts (links, invitation files, attendance, audit actions) exist
/// in bokmål, nynorsk and English. Each list is built by a switch without `default`, so a
/// new case does not build until it has a sample here.
struct CommandTextLanguageTests {
    static func sample(like text: SubscriptionLinkText) -> SubscriptionLinkText {
        switch text {
        case .loopback: .loopback(base: "http://localhost:8080")
        case .plainHTTP: .plainHTTP(base: "http://kalender.kommune.no")
        case .invalidBaseURL: .invalidBaseURL(source: "--base-url", value: "x")
        case .linksHeading: .linksHeading
        case .listening: .listening(address: "http://127.0.0.1:8080", base: "http://localhost:8080", directory: "D")
        }
    }

    static let linkTexts: [SubscriptionLinkText] = [
        .loopback(base: ""), .plainHTTP(base: ""), .invalidBaseURL(source: "", value: ""), .linksHeading,
        .listening(address: "", base: "", directory: ""),
    ].map(sample(like:))

    @Test(arguments: linkTexts) func everySubscriptionLinkText(_ text: SubscriptionLinkText) {
        Trilingual.expect("SubscriptionLinkText.\(text)") { text.text(in: $0) }
    }

    static func sample(like text: InvitationFilesText) -> InvitationFilesText {
        switch text {
        case .exported: .exported(count: 3, directory: "mail")
        case .handedOver: .handedOver(count: 3, directory: "mail")
        case .markSentNeedsDirectory: .markSentNeedsDirectory
        }
    }

    static let invitationFileTexts: [InvitationFilesText] = [
        .exported(count: 0, directory: ""), .handedOver(count: 0, directory: ""), .markSentNeedsDirectory,
    ].map(sample(like:))

    @Test(arguments: invitationFileTexts) func everyInvitationFilesText(_ text: InvitationFilesText) {
        Trilingual.expect("InvitationFilesText.\(text)") { text.text(in: $0) }
    }

    @Test(arguments: [AttendeeText.unknown(id: "D-042", suggestion: "D-0042"), .unknown(id: "X-7", suggestion: nil)])
    func everyAttendeeText(_ text: AttendeeText) {
        Trilingual.expect("AttendeeText.\(text)") { text.text(in: $0) }
    }

    @Test(arguments: SubscriptionKindText.allCases) func everySubscriptionKind(_ kind: SubscriptionKindText) {
        Trilingual.expect("SubscriptionKindText.\(kind.rawValue)") { kind.text(in: $0) }
    }

    @Test(arguments: FinalGoal.allCases) func everyFinalGoal(_ goal: FinalGoal) {
        Trilingual.expect("FinalGoal.\(goal.rawValue)") { goal.text(in: $0) }
    }

    @Test(arguments: MeetingChange.Kind.allCases) func everyKindOfChange(_ kind: MeetingChange.Kind) {
        Trilingual.expect("MeetingChange.Kind.\(kind.rawValue)") { kind.text(in: $0) }
    }

    @Test(arguments: EmptyListingText.allCases) func everyEmptyListing(_ text: EmptyListingText) {
        Trilingual.expect("EmptyListingText.\(text)") { text.text(in: $0) }
    }

    @Test(arguments: OutboxStatusText.allCases) func everyOutboxStatus(_ status: OutboxStatusText) {
        Trilingual.expect("OutboxStatusText.\(status.rawValue)") { status.text(in: $0) }
    }

    @Test(arguments: AuditEntry.Action.allCases) func everyAuditAction(_ action: AuditEntry.Action) {
        Trilingual.expect("AuditEntry.Action.\(action.rawValue)") { action.text(in: $0) }
    }
}

/// The help screens' texts: every command's abstract and every option's help line.
struct HelpTextLanguageTests {
    @Test(arguments: OptionHelp.allCases) func everyOptionHelp(_ help: OptionHelp) {
        Trilingual.expect("OptionHelp.\(help)") { help.text(in: $0) }
    }

    @Test(arguments: CommandHelp.allCases) func everyCommandsAbstract(_ command: CommandHelp) {
        Trilingual.expect("CommandHelp.\(command)") { command.abstract(in: $0) }
    }

    @Test(arguments: ListingColumns.allCases) func everyListingsColumns(_ listing: ListingColumns) {
        for column in listing.columns {
            for language in Language.allCases {
                #expect(!column.name(in: language).isEmpty, "\(listing) \(column.key) has no \(language.rawValue) name")
            }
        }
    }
}

/// What the command line says about its own use: parser errors, options that do not fit
/// together, and the help screens' framing.
struct UsageTextLanguageTests {
    static func sample(like text: UsageErrorText) -> UsageErrorText {
        switch text {
        case .unknownOption(_, let suggestion): .unknownOption("--lnag", suggestion: suggestion)
        case .missingArgument: .missingArgument("<avtalefil>")
        case .unexpectedArguments: .unexpectedArguments(["x", "y"])
        case .invalidValue(_, _, let valid, let reason): .invalidValue("xx", option: "--lang", validValues: valid, reason: reason)
        case .missingValue: .missingValue(option: "--from")
        case .valueNotTaken: .valueNotTaken(option: "--json", value: "x")
        case .missingSubcommand: .missingSubcommand
        case .seeHelp: .seeHelp(command: "samkal plan")
        }
    }

    static let usageErrors: [UsageErrorText] = [
        .unknownOption("", suggestion: "--lang"), .unknownOption("", suggestion: nil), .missingArgument(""),
        .unexpectedArguments([]), .invalidValue("", option: "", validValues: ["nb", "nn", "en"], reason: nil),
        .invalidValue("", option: "", validValues: [], reason: "not a number"), .missingValue(option: ""),
        .valueNotTaken(option: "", value: ""), .missingSubcommand, .seeHelp(command: ""),
    ].map(sample(like:))

    @Test(arguments: usageErrors) func everyUsageError(_ text: UsageErrorText) {
        Trilingual.expect("UsageErrorText.\(text)") { text.text(in: $0) }
    }

    static func sample(like text: OptionProblemText) -> OptionProblemText {
        switch text {
        case .notTogether: .notTogether("--json", "--csv")
        case .exactlyOne: .exactlyOne(["--person", "--party", "--agreement"])
        case .busyImportSource: .busyImportSource
        case .attendanceScope: .attendanceScope
        case .atLeast: .atLeast(option: "--retries", minimum: 1)
        case .unknownValue: .unknownValue(option: "--status", value: "x", valid: ["pending", "sent"])
        case .agreementFileOrAll: .agreementFileOrAll
        }
    }

    static let optionProblems: [OptionProblemText] = [
        .notTogether("", ""), .exactlyOne([]), .busyImportSource, .attendanceScope, .atLeast(option: "", minimum: 0),
        .unknownValue(option: "", value: "", valid: []), .agreementFileOrAll,
    ].map(sample(like:))

    @Test(arguments: optionProblems) func everyOptionProblem(_ text: OptionProblemText) {
        Trilingual.expect("OptionProblemText.\(text)") { text.text(in: $0) }
    }
}
