import ArgumentParser
import SamkalCore
import SamkalStore

/// `samkal outbox`: the invitations samkal has queued, sent or given up on.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Utboksen: innkallinger som venter, er sendt eller feilet (the invitation outbox).",
        subcommands: [OutboxListCommand.self, OutboxRetryCommand.self],
        defaultSubcommand: OutboxListCommand.self
    )
}

struct OutboxListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Vis utboksen (list the outbox).")

    @Option(help: "Bare meldinger med denne statusen: pending, sending, sent eller failed.") var status: String?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, _, audit) = try await Convening.session(asker, action: .readOutbox)
        try await session.store.recordAudit([audit])
        var filter: OutboxEntry.Status?
        if let status {
            guard let parsed = OutboxEntry.Status(rawValue: status) else {
                throw ValidationError("--status: \(status)? (pending, sending, sent, failed)")
            }
            filter = parsed
        }
        let entries = try await session.store.outbox(status: filter)
        let columns = UserText.Columns.outbox.names(in: session.language)
        let rows = entries.map { entry in
            [
                String(entry.id), entry.status.rawValue, entry.invitation.method.rawValue.uppercased(),
                String(entry.invitation.sequence), entry.invitation.meetingUID, entry.recipient, String(entry.attempts),
                entry.status == .pending ? entry.nextAttemptAt.description : "",
                entry.sentAt?.description ?? "", entry.lastError ?? "",
            ]
        }
        Console.out(try Listing(columns: columns, rows: rows).render(format.format))
    }
}

struct OutboxRetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Legg meldinger som feilet tilbake i køen (requeue failed messages); send dem med samkal invite."
    )

    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, _, audit) = try await Convening.session(asker, action: .requeueOutbox)
        try await session.store.recordAudit([audit])
        let count = try await session.store.retryFailedOutbox(now: SystemClock.now())
        Console.out(UserText.messagesRequeued(count).text(in: session.language) + "\n")
    }
}
