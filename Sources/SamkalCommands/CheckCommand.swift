import ArgumentParser
import SamkalCore
import SamkalService

/// `samkal check AGREEMENT`: validates an agreement file and the calendars it names.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { .localized("check", .check) }

    @Argument(help: .localized(.checkAgreement, valueName: .agreementFileValue))
    var agreement: String

    /// Accepted as on every command; checking a file reads no one's personal data.
    @OptionGroup var asker: AskerOptions

    func run() throws {
        let language = asker.languageOption.language
        let loaded: Agreement
        do {
            loaded = try AgreementLoader.load(path: agreement)
        } catch {
            Console.error(error.formatted(in: language))
            throw ExitCode.failure
        }
        Console.out(AgreementSummary.render(loaded, language: language))
    }
}
