import ArgumentParser
import Foundation
import SamkalCore
import SamkalStore

/// `--data DIR`: where samkal keeps its database. Defaults to `$SAMKAL_DATA`, then
/// `$XDG_DATA_HOME/samkal`, then `~/.local/share/samkal`.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: .localized(.dataDirectory, valueName: .directoryValue))
    var explicitDirectory: String?

    var directory: String {
        explicitDirectory ?? Self.defaultDirectory
    }

    /// The directory when no `--data` is given.
    static var defaultDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        if let value = environment["SAMKAL_DATA"], !value.isEmpty { return value }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("samkal") }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/samkal")
    }

    var dataDirectory: DataDirectory { DataDirectory(path: directory) }

    /// Opens the store; warns when the directory or its files can be read by others.
    func open(language: Language = CommandLanguage.current) throws -> any SamkalStore {
        let data = dataDirectory
        do {
            try data.prepare()
            for (file, mode) in data.broaderThanPrivate() {
                let octal = String(mode, radix: 8)
                let fix = file == directory ? "700" : "600"
                Console.error(UserText.broadMode(file: file, mode: octal, fix: fix).text(in: language))
            }
            return try StoreLocation.dataDirectory(directory).open()
        } catch {
            guard let unavailable = StoreUnavailable.from(error, path: directory) else { throw error }
            Console.error(UserText.error(unavailable.message(in: language)).text(in: language))
            throw ExitCode.failure
        }
    }

    /// The installation's identity for opaque UIDs, Message-IDs and file names.
    func identity(language: Language) throws -> MeetingIdentity {
        do {
            try dataDirectory.prepare()
        } catch {
            Console.error(UserText.error(error.message(in: language)).text(in: language))
            throw ExitCode.failure
        }
        do {
            return try dataDirectory.identity()
        } catch {
            Console.error(UserText.error(UserText.secretUnreadable(file: DataDirectory.secretFileName, directory: directory).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
    }
}
