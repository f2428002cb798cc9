import ArgumentParser
import Foundation
import SamkalCore

extension Language: ExpressibleByArgument {}

/// `--lang nb|nn|en`, defaulting to `SAMKAL_LANG` and then bokmål. Help and parser errors
/// are written before this option is parsed, in `CommandLanguage.current`, decided from the
/// same arguments.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: .localized(.language, valueName: .languageValue))
    var explicit: Language?

    var language: Language { explicit ?? Self.environmentLanguage }

    /// `SAMKAL_LANG`, else bokmål.
    static var environmentLanguage: Language {
        ProcessInfo.processInfo.environment["SAMKAL_LANG"].flatMap(Language.init(rawValue:)) ?? .nb
    }
}
