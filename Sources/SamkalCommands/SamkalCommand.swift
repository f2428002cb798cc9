import ArgumentParser

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
        ]
    )

    public init() {}
}

extension SamkalCommand {
    /// Runs the command line asynchronously (the store is async).
    public static func runAsRoot(_ arguments: [String]? = nil) async {
        do {
            var command = try await asyncParseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
