import ArgumentParser
import Foundation
import SamkalCore

extension Language: ExpressibleByArgument {}

/// `--lang nb|en`, defaulting to `SAMKAL_LANG` and then bokmål.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Språk for tekster: nb (bokmål, standard) eller en.")
    var explicit: Language?

    var language: Language {
        if let explicit { return explicit }
        if let value = ProcessInfo.processInfo.environment["SAMKAL_LANG"], let language = Language(rawValue: value) {
            return language
        }
        return .nb
    }
}
