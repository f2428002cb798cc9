/// The fixed words the argument parser frames every `--help` with (USAGE:, OPTIONS:,
/// "Show help information." …), in every language samkal speaks; the command line puts
/// them in place of the parser's English ones.
public enum HelpFraming: Sendable, Hashable {
    case overview, usage, arguments, options, subcommands
    /// The placeholders in a usage line: `<subcommand>`, `<options>`.
    case subcommandPlaceholder, optionsPlaceholder
    /// The last line of a command with subcommands; `command` is e.g. `samkal help plan`.
    case seeSubcommandHelp(command: String)
    case showHelp, showVersion, showSubcommandHelp
    /// `(default)` beside the default subcommand, `(default: 3)`, `(values: a, b)`.
    case defaultMarker, values, defaultAsFlag

    public func text(in language: Language) -> String {
        switch self {
        case .overview: language.pick(nb: "OVERSIKT", nn: "OVERSYN", en: "OVERVIEW")
        case .usage: language.pick(nb: "BRUK", nn: "BRUK", en: "USAGE")
        case .arguments: language.pick(nb: "ARGUMENTER", nn: "ARGUMENT", en: "ARGUMENTS")
        case .options: language.pick(nb: "VALG", nn: "VAL", en: "OPTIONS")
        case .subcommands: language.pick(nb: "UNDERKOMMANDOER", nn: "UNDERKOMMANDOAR", en: "SUBCOMMANDS")
        case .subcommandPlaceholder: language.pick(nb: "underkommando", nn: "underkommando", en: "subcommand")
        case .optionsPlaceholder: language.pick(nb: "valg", nn: "val", en: "options")
        case .seeSubcommandHelp(let command):
            language.pick(
                nb: "Se «\(command) <underkommando>» for utførlig hjelp.",
                nn: "Sjå «\(command) <underkommando>» for utførleg hjelp.",
                en: "See '\(command) <subcommand>' for detailed help."
            )
        case .showHelp: language.pick(nb: "Vis hjelp.", nn: "Vis hjelp.", en: "Show help information.")
        case .showVersion: language.pick(nb: "Vis versjonen.", nn: "Vis versjonen.", en: "Show the version.")
        case .showSubcommandHelp:
            language.pick(nb: "Vis hjelp for en underkommando.", nn: "Vis hjelp for ein underkommando.", en: "Show subcommand help information.")
        case .defaultMarker: language.pick(nb: "standard", nn: "standard", en: "default")
        case .values: language.pick(nb: "verdier", nn: "verdiar", en: "values")
        case .defaultAsFlag: language.pick(nb: "standard som flagg", nn: "standard som flagg", en: "default as flag")
        }
    }
}
