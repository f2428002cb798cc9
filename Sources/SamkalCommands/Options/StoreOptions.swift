import ArgumentParser
import Foundation
import SamkalCore
import SamkalStore

/// Where samkal keeps its records: `--database postgres://…` (or `$SAMKAL_DATABASE_URL`)
/// for PostgreSQL, else SQLite in `--data DIR`, which defaults to `$SAMKAL_DATA`, then
/// `$XDG_DATA_HOME/samkal`, then `~/.local/share/samkal`. The data directory also holds
/// drafts of minutes with either store.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: .localized(.dataDirectory, valueName: .directoryValue))
    var explicitDirectory: String?

    @Option(name: .customLong("database"), help: .localized(.databaseURL, valueName: .urlValue))
    var explicitDatabase: String?

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

    /// `--database`, else `$SAMKAL_DATABASE_URL`; nil: SQLite in the data directory.
    var databaseURLText: String? {
        if let explicitDatabase { return explicitDatabase }
        guard let value = ProcessInfo.processInfo.environment["SAMKAL_DATABASE_URL"], !value.isEmpty else { return nil }
        return value
    }

    var dataDirectory: DataDirectory { DataDirectory(path: directory) }

    /// Where the store is; a database URL that cannot be used is said (never with its password).
    func location(language: Language) throws -> StoreLocation {
        guard let text = databaseURLText else { return .dataDirectory(directory) }
        do {
            return .postgres(try DatabaseURL(text))
        } catch {
            let source = explicitDatabase == nil ? "SAMKAL_DATABASE_URL" : "--database"
            Console.error(UserText.error("\(source): " + error.message(in: language)).text(in: language))
            throw ExitCode.failure
        }
    }

    /// Opens the store; for SQLite, warns when the directory or its files can be read by others.
    func open(language: Language = CommandLanguage.current) throws -> any SamkalStore {
        let location = try location(language: language)
        do {
            if case .dataDirectory = location {
                let data = dataDirectory
                try data.prepare()
                for (file, mode) in data.broaderThanPrivate() {
                    let octal = String(mode, radix: 8)
                    let fix = file == directory ? "700" : "600"
                    Console.error(UserText.broadMode(file: file, mode: octal, fix: fix).text(in: language))
                }
            }
            return try location.open(planningWait: { agreementID in
                Console.error(UserText.note(UserText.waitingForPlan(agreement: agreementID).text(in: language)).text(in: language))
            })
        } catch {
            throw Self.report(error, path: directory, language: language)
        }
    }

    /// Says a store problem and gives the failure to throw; any other error as it is.
    static func report(_ error: any Error, path: String? = nil, language: Language) -> any Error {
        guard let unavailable = StoreUnavailable.from(error, path: path) else { return error }
        Console.error(UserText.error(unavailable.message(in: language)).text(in: language))
        return ExitCode.failure
    }

    /// The installation's identity for opaque UIDs, Message-IDs and file names: the store's
    /// (the data directory's secret file, or PostgreSQL's `installation` row).
    func identity(of store: any SamkalStore, language: Language) async throws -> MeetingIdentity {
        do {
            return try await store.identity()
        } catch is DataDirectoryError {
            // The secret file of the data directory, or PostgreSQL's `installation` row.
            let (file, place) = databaseURLText == nil ? (DataDirectory.secretFileName, directory) : ("installation", storeDescription)
            Console.error(UserText.error(UserText.secretUnreadable(file: file, directory: place).text(in: language)).text(in: language))
            throw ExitCode.failure
        } catch {
            throw Self.report(error, language: language)
        }
    }
}
