import ArgumentParser
import Foundation
import SamkalStore

/// `--data DIR`: where samkal keeps its database. Defaults to `$SAMKAL_DATA`, then
/// `$XDG_DATA_HOME/samkal`, then `~/.local/share/samkal`.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Datamappen (standard: $SAMKAL_DATA eller ~/.local/share/samkal).")
    var explicitDirectory: String?

    var directory: String {
        let environment = ProcessInfo.processInfo.environment
        if let explicitDirectory { return explicitDirectory }
        if let value = environment["SAMKAL_DATA"], !value.isEmpty { return value }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("samkal") }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/samkal")
    }

    func open() throws -> SQLiteStore {
        try SQLiteStore(directory: directory)
    }
}
