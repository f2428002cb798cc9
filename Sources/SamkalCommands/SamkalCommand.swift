import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalStore

/// `samkal`: plans, publishes and records the meetings of a cooperation agreement
/// (samarbeidsavtale) for the introduction programme.
public struct SamkalCommand: AsyncParsableCommand {
    /// Computed, as every command's is: its texts are in the language of this run
    /// (`CommandLanguage`), which is known only once `runAsRoot` has read the arguments.
    public static var configuration: CommandConfiguration {
        .localized(
            "samkal", .samkal, version: "0.1.0",
            subcommands: [
                CheckCommand.self, PlanCommand.self, MeetingsCommand.self, ParticipantsCommand.self, MinutesCommand.self,
                BusyCommand.self, ActionsCommand.self, AttendanceCommand.self, AuditCommand.self, ReportCommand.self,
                FeedsCommand.self, ServeCommand.self, MigrateCommand.self, InviteCommand.self, OutboxCommand.self, RsvpCommand.self, TokensCommand.self,
                LoginCommand.self, LogoutCommand.self, WhoamiCommand.self,
            ]
        )
    }

    public init() {}
}

extension SamkalCommand {
    /// Runs the command line asynchronously (the store is async).
    /// The language is decided from the arguments first (`CommandLanguage`), so help and the
    /// parser's errors are in it too (`CommandLineExit`).
    /// A failure the command did not turn into a message of its own never shows SQLite's,
    /// Foundation's or a decoder's text: a store problem gets its sentence, anything else
    /// one that says nothing was changed (every write is one transaction, rolled back).
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
        let language = CommandLanguage.start(with: arguments)
        var command: ParsableCommand
        do {
            command = try await asyncParseAsRoot(arguments)
        } catch {
            CommandLineExit.exit(with: error, arguments: arguments, language: language)
        }
        // The parser's own commands (`--help`, `samkal help …`) end with an error that
        // carries what they have to say; so do a group run without a subcommand and `ExitCode`.
        let isSamkalCommand = CommandPath.isInTree(type(of: command))
        // Signed in to a server, a command without an API counterpart yet is refused rather
        // than run on a local store the person did not mean.
        if isSamkalCommand, !(command is any RunsAgainstServer), !(command is any RunsOnThisMachine),
           type(of: command).configuration.subcommands.isEmpty {
            if (try? RemoteMode.credentials()) != nil {
                let path = CommandPath.of(arguments).dropFirst().joined(separator: " ")
                Console.error(UserText.error(ClientText.notYetRemote(command: path).text(in: language)).text(in: language))
                exit(withError: ExitCode.failure)
            }
        }
        do {
            // In local mode the operating-system account is what vouches for who asks: every
            // audit entry of this run records it.
            try await Credential.$current.withValue(.operatorAccount(OperatorAccount.name())) {
                do {
                    if var asyncCommand = command as? AsyncParsableCommand {
                        try await asyncCommand.run()
                    } else {
                        try command.run()
                    }
                } catch {
                    // A request to the server fails as samkal says it, never as the OpenAPI runtime does.
                    throw ClientError.unwrapping(error)
                }
            }
        } catch let error where !isSamkalCommand || error is ExitCode || error is CleanExit {
            CommandLineExit.exit(with: error, arguments: arguments, language: language)
        } catch let error as ClientError {
            // The server's refusal ends as a local one does: its rule, status 77.
            if case .refused(let rule, let message) = error {
                Console.error(UserText.refused(AccessRule(rawValue: rule)?.text(in: language) ?? message).text(in: language))
                exit(withError: CommandFailure.refused)
            }
            // A file's problems are said as a local run says them, each where it is.
            if case .invalidInput(let diagnostics) = error {
                Console.error(diagnostics.formatted(in: language))
                exit(withError: ExitCode.failure)
            }
            Console.error(UserText.error(error.message(in: language)).text(in: language))
            if case .invalidArgument = error { exit(withError: ExitCode.validationFailure) }
            exit(withError: ExitCode.failure)
        } catch let error as ValidationError {
            // Said as every other error is (`feil: …`), without the parser's usage text.
            Console.error(UserText.error(error.message).text(in: language))
            exit(withError: ExitCode.validationFailure)
        } catch {
            if let diagnostics = error as? DiagnosticsError {
                Console.error(diagnostics.formatted(in: language))
                exit(withError: ExitCode.failure)
            }
            let text = (error as? StoreError)?.message(in: language)
                ?? StoreUnavailable.from(error, path: nil)?.message(in: language)
                ?? UserText.unexpectedFailure(kind: String(describing: type(of: error))).text(in: language)
            Console.error(UserText.error(text).text(in: language))
            exit(withError: ExitCode.failure)
        }
    }
}
