import ArgumentParser
import SamkalCore
import SamkalService

/// `samkal check AGREEMENT`: validates an agreement file and the calendars it names.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontroller en avtalefil (validate an agreement file)."
    )

    @Argument(help: "Avtalefilen (YAML), f.eks. calendars/afjord-nav-nord-fosen.yaml.")
    var agreement: String

    @OptionGroup var languageOption: LanguageOption
    /// Accepted as on every command; checking a file reads no one's personal data.
    @OptionGroup var identity: IdentityOption

    func run() throws {
        let language = languageOption.language
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
