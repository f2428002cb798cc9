import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// A meeting given on the command line — its UID or its short reference (`M-4F7KQ`, any
/// case, with or without `M-`) — resolved by the service (`MeetingDirectory.resolve`) the
/// same way for every command. An unknown or ambiguous one ends the command with its
/// sentence (the candidates the asker may see, for an ambiguous one).
enum MeetingArgument {
    static func uid(_ typed: String, session: AskerOptions.Session, asker: AskerOptions) async throws -> String {
        let language = session.language
        let directory = MeetingDirectory(store: session.store, identity: try await asker.storeOptions.identity(of: session.store, language: language))
        do {
            return try await directory.resolve(typed, as: session.person, now: SystemClock.now(), language: language)
        } catch let problem as MeetingReferenceProblem {
            Console.error(UserText.error(problem.message(in: language)).text(in: language))
            throw ExitCode.failure
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
    }

    /// An optional meeting (`--meeting`), resolved when given.
    static func uidIfGiven(_ typed: String?, session: AskerOptions.Session, asker: AskerOptions) async throws -> String? {
        guard let typed else { return nil }
        return try await uid(typed, session: session, asker: asker)
    }
}
