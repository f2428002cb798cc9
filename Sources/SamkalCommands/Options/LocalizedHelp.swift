import ArgumentParser
import SamkalCore

extension ArgumentHelp {
    /// An option's help line in the language of this run (`OptionHelp`).
    static func localized(_ help: OptionHelp, valueName: OptionHelp? = nil) -> ArgumentHelp {
        let language = CommandLanguage.current
        return ArgumentHelp(help.text(in: language), valueName: valueName?.text(in: language))
    }
}

extension CommandConfiguration {
    /// A command's configuration with its abstract and discussion (`CommandHelp`) in the
    /// language of this run; computed each time ArgumentParser asks, after the language is set.
    static func localized(
        _ name: String, _ help: CommandHelp, version: String = "",
        subcommands: [any ParsableCommand.Type] = [], defaultSubcommand: (any ParsableCommand.Type)? = nil
    ) -> CommandConfiguration {
        let language = CommandLanguage.current
        return CommandConfiguration(
            commandName: name, abstract: help.abstract(in: language), discussion: help.discussion(in: language),
            version: version, subcommands: subcommands, defaultSubcommand: defaultSubcommand
        )
    }
}
