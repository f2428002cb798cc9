import ArgumentParser
import SamkalCore
import SamkalService

/// `samkal check AGREEMENT`: validates an agreement file and the calendars it names.
struct CheckCommand: AsyncParsableCommand, RunsOnThisMachine {
    static var configuration: CommandConfiguration { .localized("check", .check) }

    @Argument(help: .localized(.checkAgreement, valueName: .agreementFileValue))
    var agreement: String

    /// Accepted as on every command; checking a file reads no one's personal data.
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let loaded = try await AgreementFile.load(agreement, storeOptions: asker.storeOptions, language: language)
        Console.out(AgreementSummary.render(loaded, language: language))
    }
}
