import Foundation
import SamkalCore
import Synchronization

/// The language of this run of the command line, decided once at start from the arguments
/// themselves (`--lang X` or `--lang=X`, the last valid one), else `SAMKAL_LANG`, else
/// bokmål — before ArgumentParser builds any help or error text, which it does from the
/// commands' static configurations and option declarations, long before `--lang` is parsed.
///
/// It is one process-wide value behind a `Mutex`: `SamkalCommand.runAsRoot` sets it before
/// parsing and nothing changes it afterwards, so every reader (computed configurations,
/// `help:` strings, the error handler) sees the same language, and strict concurrency holds
/// without `nonisolated(unsafe)`. Before it is set (tests that build help directly) it is
/// `SAMKAL_LANG`, then bokmål.
enum CommandLanguage {
    private static let chosen = Mutex<Language?>(nil)

    /// The language every text of this run is written in.
    static var current: Language {
        chosen.withLock { $0 } ?? LanguageOption.environmentLanguage
    }

    /// Decides the language for `arguments` (without the program name) and makes it current.
    @discardableResult
    static func start(with arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        let language = decide(from: arguments, environment: environment)
        chosen.withLock { $0 = language }
        return language
    }

    /// `--lang X` / `--lang=X` among `arguments` (up to a `--` terminator), else
    /// `SAMKAL_LANG`, else bokmål. A value samkal does not speak is left for the parser to
    /// report, in the language it falls back to.
    static func decide(from arguments: [String], environment: [String: String]) -> Language {
        var given: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                given = Language(rawValue: arguments[index + 1]) ?? given
                index += 1
            } else if argument.hasPrefix("--lang=") {
                given = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? given
            }
            index += 1
        }
        return given ?? environment["SAMKAL_LANG"].flatMap(Language.init(rawValue:)) ?? .nb
    }
}
