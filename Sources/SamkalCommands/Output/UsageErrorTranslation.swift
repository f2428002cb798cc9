import Foundation
import SamkalCore

/// Reads the sentence ArgumentParser (1.8) gives a usage error — it does not expose the
/// error itself — as a `UsageErrorText`, so it can be said in the user's language. The
/// common cases are recognised; anything else is `nil` and is shown as the parser said it.
/// `CommandLineMessagesTests` pins each form, so a parser upgrade that rewords one fails there.
enum UsageErrorTranslation {
    static func text(for message: String) -> UsageErrorText? {
        if let rest = message.dropping(prefix: "Unknown option '") {
            if let split = rest.range(of: "'. Did you mean '"), rest.hasSuffix("'?") {
                let suggestion = rest[split.upperBound...].dropLast(2)
                return .unknownOption(String(rest[..<split.lowerBound]), suggestion: String(suggestion))
            }
            guard rest.hasSuffix("'") else { return nil }
            return .unknownOption(String(rest.dropLast()), suggestion: nil)
        }
        if let rest = message.dropping(prefix: "Missing expected argument '"), rest.hasSuffix("'") {
            return .missingArgument(String(rest.dropLast()))
        }
        if let rest = message.dropping(prefix: "Unexpected argument '"), rest.hasSuffix("'") {
            return .unexpectedArguments([String(rest.dropLast())])
        }
        if let split = message.range(of: " unexpected arguments: '"), Int(message[..<split.lowerBound]) != nil, message.hasSuffix("'") {
            return .unexpectedArguments(message[split.upperBound...].dropLast().components(separatedBy: "', '"))
        }
        if let rest = message.dropping(prefix: "Missing value for '"), rest.hasSuffix("'") {
            return .missingValue(option: String(rest.dropLast()))
        }
        if let rest = message.dropping(prefix: "The option '"), let split = rest.range(of: "' does not take any value, but '"),
           rest.hasSuffix("' was specified.") {
            let value = rest[split.upperBound...].dropLast("' was specified.".count)
            return .valueNotTaken(option: String(rest[..<split.lowerBound]), value: String(value))
        }
        if let rest = message.dropping(prefix: "The value '"), let split = rest.range(of: "' is invalid for '", options: .backwards) {
            let value = String(rest[..<split.lowerBound])
            let tail = rest[split.upperBound...]
            guard let end = tail.firstIndex(of: "'") else { return nil }
            let option = String(tail[..<end])
            let (valid, reason) = validValues(String(tail[tail.index(after: end)...]))
            return .invalidValue(value, option: option, validValues: valid, reason: reason)
        }
        if message == "Missing required subcommand." { return .missingSubcommand }
        return nil
    }

    /// What follows `'--kind <kind>'`: the list of valid values, or the value type's own reason.
    private static func validValues(_ tail: String) -> (valid: [String], reason: String?) {
        if let list = tail.dropping(prefix: ". Please provide one of the following:\n") {
            let values = list.split(separator: "\n").map { String($0.drop { $0 == " " || $0 == "-" }) }
            return (values, nil)
        }
        if let list = tail.dropping(prefix: ". Please provide one of "), list.hasSuffix(".") {
            let values = list.dropLast()
                .replacingOccurrences(of: "' or '", with: "', '")
                .replacingOccurrences(of: "' and '", with: "', '")
                .components(separatedBy: "', '")
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            return (values, nil)
        }
        if let reason = tail.dropping(prefix: ": ") { return ([], reason) }
        return ([], tail.isEmpty ? nil : tail)
    }
}
