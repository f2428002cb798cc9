import ArgumentParser
import Foundation
import SamkalCore

/// How the command line ends when ArgumentParser stops it, in the language of the run:
/// help and the version on standard output, with the parser's framing translated
/// (`HelpTranslation`); a usage error on standard error as one `feil: …` sentence
/// (`UsageErrorTranslation`) and a short hint where to read more, instead of the parser's
/// English "Error:" and the usage text of the whole program.
enum CommandLineExit {
    static func exit(with error: any Error, arguments: [String], language: Language) -> Never {
        let code = SamkalCommand.exitCode(for: error)
        let message = SamkalCommand.message(for: error)
        if code.rawValue == ExitCode.success.rawValue {
            if !message.isEmpty { Console.out(HelpTranslation.translate(message, to: language) + "\n") }
        } else if !message.isEmpty {
            Console.error(usageError(message, code: code, arguments: arguments, language: language))
        }
        Foundation.exit(code.rawValue)
    }

    /// `feil: <sentence>` and, for a usage error (exit status 64), `Se samkal <command> --help.`
    static func usageError(_ message: String, code: ExitCode, arguments: [String], language: Language) -> String {
        let sentence = UsageErrorTranslation.text(for: message)?.text(in: language) ?? message
        var lines = [UserText.error(sentence).text(in: language)]
        if code.rawValue == ExitCode.validationFailure.rawValue {
            lines.append(UsageErrorText.seeHelp(command: CommandPath.of(arguments).joined(separator: " ")).text(in: language))
        }
        return lines.joined(separator: "\n")
    }
}
