import ArgumentParser
import Foundation
import SamkalCore

extension Language: ExpressibleByArgument {}

/// `--lang nb|en`, defaulting to `SAMKAL_LANG` and then bokmål.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Språk for tekster: nb (bokmål, standard) eller en.")
    var explicit: Language?

    var language: Language { explicit ?? Self.environmentLanguage }

    /// `SAMKAL_LANG`, else bokmål.
    static var environmentLanguage: Language {
        ProcessInfo.processInfo.environment["SAMKAL_LANG"].flatMap(Language.init(rawValue:)) ?? .nb
    }
}
