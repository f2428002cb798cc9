import ArgumentParser
import SamkalCore
import SamkalStore

/// `samkal`: plans, publishes and records the meetings of a cooperation agreement
/// (samarbeidsavtale) for the introduction programme.
public struct SamkalCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "samkal",
        abstract: "Samarbeidskalender: møtene i samarbeidsavtalen om introduksjonsprogrammet.",
        discussion: """
            Plans the meetings a cooperation agreement requires on Norwegian working days \
            and publishes them as iCalendar feeds. Texts are in Norwegian bokmål; use \
            --lang en (or SAMKAL_LANG=en) for English.
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, PlanCommand.self, ParticipantsCommand.self, MinutesCommand.self,
            BusyCommand.self, ActionsCommand.self, AttendanceCommand.self, AuditCommand.self,
            FeedsCommand.self, ServeCommand.self, InviteCommand.self, OutboxCommand.self, RsvpCommand.self,
            MeetingsCommand.self,
        ]
    )

    public init() {}
}

extension SamkalCommand {
    /// Runs the command line asynchronously (the store is async).
    /// A failure the command did not turn into a message of its own never shows SQLite's,
    /// Foundation's or a decoder's text: a store problem gets its sentence, anything else
    /// one that says nothing was changed (every write is one transaction, rolled back).
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        var command: ParsableCommand
        do {
            command = try await asyncParseAsRoot(arguments)
        } catch {
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ValidationError {
            // Said as every other error is (`feil: …`), not with the parser's English prefix.
            Console.error(UserText.error(error.message).text(in: LanguageOption.environmentLanguage))
            exit(withError: ExitCode.validationFailure)
        } catch let error where error is ExitCode || error is CleanExit {
            exit(withError: error)
        } catch {
            let language = LanguageOption.environmentLanguage
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
