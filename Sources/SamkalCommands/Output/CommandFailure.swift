import ArgumentParser
import SamkalCore
import SamkalStore

/// Prints a failure in the user's language and ends the command with a status.
enum CommandFailure {
    /// Exit status for a refusal under the need-to-know rule (EX_NOPERM).
    static let refused = ExitCode(77)

    static func diagnostics(_ error: DiagnosticsError, _ language: Language) -> ExitCode {
        Console.error(error.formatted(in: language))
        return .failure
    }

    static func refusal(_ rule: AccessRule, _ language: Language) -> ExitCode {
        Console.error(UserText.refused(rule.text(in: language)).text(in: language))
        return refused
    }

    static func store(_ error: StoreError, _ language: Language) -> ExitCode {
        Console.error(UserText.error(error.message(in: language)).text(in: language))
        return .failure
    }
}
