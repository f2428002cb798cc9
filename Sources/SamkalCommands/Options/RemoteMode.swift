import ArgumentParser
import Foundation
import SamkalClient
import SamkalCore

/// Whether the command line works against a server (signed in with `samkal login`) or
/// locally on the data directory. Against a server the person is who signed in: `--as`
/// is refused.
enum RemoteMode {
    static var file: CredentialsFile { CredentialsFile.standard() }

    /// The stored credentials, or nil in local mode.
    static func credentials() throws -> ClientCredentials? {
        try file.load()
    }

    /// The server's connection (its token renewed if it is about to expire), or nil in local mode.
    static func connect(language: Language) async throws -> RemoteAPI? {
        guard let stored = try credentials() else { return nil }
        return try await RemoteAPI.connect(stored, file: file, language: language, now: SystemClock.now().secondsSince1970)
    }
}

/// A command that runs against the server when one is signed in to (`AskerOptions.remote()`).
protocol RunsAgainstServer {}

/// A command that is the same in both modes: it never touches the store through the API
/// (`login`, `logout`, `whoami`, `check` of a file, `serve` itself).
protocol RunsOnThisMachine {}

extension AskerOptions {
    /// The server's connection when signed in, after refusing `--as`; nil in local mode.
    func remote() async throws -> RemoteAPI? {
        let language = languageOption.language
        guard let api = try await RemoteMode.connect(language: language) else { return nil }
        if identity.explicitPerson != nil { throw ValidationError(ClientText.asRefusedRemotely.text(in: language)) }
        return api
    }
}
