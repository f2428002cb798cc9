import ArgumentParser

/// The command a command line names (`samkal feeds list`), read from its leading words
/// the way the parser reads them; a group with a default subcommand names that one when
/// no subcommand follows. Used where the parser does not say which command it was parsing.
enum CommandPath {
    static func of(_ arguments: [String]) -> [String] {
        var names = [SamkalCommand.configuration.commandName ?? "samkal"]
        var command: any ParsableCommand.Type = SamkalCommand.self
        var words = arguments[...]
        // `samkal help plan diff` is about `samkal plan diff`.
        if words.first == "help" { words = words.dropFirst() }
        for word in words {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { break }
            names.append(word)
            command = next
        }
        if let fallback = command.configuration.defaultSubcommand, let name = fallback.configuration.commandName {
            names.append(name)
        }
        return names
    }

    /// Whether `type` is one of samkal's commands, not one the parser adds (`help`).
    static func isInTree(_ type: any ParsableCommand.Type, under root: any ParsableCommand.Type = SamkalCommand.self) -> Bool {
        ObjectIdentifier(type) == ObjectIdentifier(root) || root.configuration.subcommands.contains { isInTree(type, under: $0) }
    }
}
