/// What samkal says when the command line itself is wrong (an unknown option, a missing
/// argument, a value that is not valid), in every language samkal speaks, and the short
/// hint that follows it. Quoting follows the language: «--lang» in Norwegian, '--lang' in English.
public enum UsageErrorText: Sendable, Hashable {
    case unknownOption(String, suggestion: String?)
    case missingArgument(String)
    case unexpectedArguments([String])
    /// `reason` is the value type's own sentence or the list of valid values, if any.
    case invalidValue(String, option: String, validValues: [String], reason: String?)
    case missingValue(option: String)
    case valueNotTaken(option: String, value: String)
    case missingSubcommand
    /// The hint under every usage error: where to read how the command is used.
    case seeHelp(command: String)

    public func text(in language: Language) -> String {
        func quoted(_ text: String) -> String { language.pick(nb: "«\(text)»", nn: "«\(text)»", en: "'\(text)'") }
        switch self {
        case .unknownOption(let option, let suggestion?):
            return language.pick(
                nb: "ukjent valg \(quoted(option)); mente du \(quoted(suggestion))?",
                nn: "ukjend val \(quoted(option)); meinte du \(quoted(suggestion))?",
                en: "unknown option \(quoted(option)); did you mean \(quoted(suggestion))?"
            )
        case .unknownOption(let option, nil):
            return language.pick(nb: "ukjent valg \(quoted(option))", nn: "ukjend val \(quoted(option))", en: "unknown option \(quoted(option))")
        case .missingArgument(let argument):
            return language.pick(
                nb: "mangler argumentet \(quoted(argument))",
                nn: "manglar argumentet \(quoted(argument))",
                en: "missing argument \(quoted(argument))"
            )
        case .unexpectedArguments(let values):
            let list = values.map(quoted).joined(separator: ", ")
            if values.count == 1 {
                return language.pick(nb: "uventet argument \(list)", nn: "uventa argument \(list)", en: "unexpected argument \(list)")
            }
            return language.pick(nb: "uventede argumenter: \(list)", nn: "uventa argument: \(list)", en: "unexpected arguments: \(list)")
        case .invalidValue(let value, let option, let validValues, let reason):
            var text = language.pick(
                nb: "\(quoted(value)) er ikke en gyldig verdi for \(quoted(option))",
                nn: "\(quoted(value)) er ikkje ein gyldig verdi for \(quoted(option))",
                en: "\(quoted(value)) is not a valid value for \(quoted(option))"
            )
            if !validValues.isEmpty {
                let list = validValues.joined(separator: ", ")
                text += language.pick(nb: " (gyldige verdier: \(list))", nn: " (gyldige verdiar: \(list))", en: " (valid values: \(list))")
            }
            if let reason, !reason.isEmpty { text += ": " + reason }
            return text
        case .missingValue(let option):
            return language.pick(
                nb: "\(quoted(option)) mangler en verdi",
                nn: "\(quoted(option)) manglar ein verdi",
                en: "\(quoted(option)) needs a value"
            )
        case .valueNotTaken(let option, let value):
            return language.pick(
                nb: "\(quoted(option)) tar ingen verdi, men fikk \(quoted(value))",
                nn: "\(quoted(option)) tek ingen verdi, men fekk \(quoted(value))",
                en: "\(quoted(option)) takes no value, but got \(quoted(value))"
            )
        case .missingSubcommand:
            return language.pick(nb: "mangler underkommando", nn: "manglar underkommando", en: "missing subcommand")
        case .seeHelp(let command):
            return language.pick(nb: "Se \(command) --help.", nn: "Sjå \(command) --help.", en: "See \(command) --help.")
        }
    }
}
