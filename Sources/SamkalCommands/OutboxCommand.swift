import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal outbox`: the invitations samkal has queued, sent or given up on.
struct OutboxCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("outbox", .outbox, subcommands: [OutboxListCommand.self, OutboxRetryCommand.self], defaultSubcommand: OutboxListCommand.self)
    }
}

struct OutboxListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .outboxList) }

    @Option(help: .localized(.outboxStatus, valueName: .statusValue)) var status: String?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        var filter: OutboxEntry.Status?
        if let status {
            guard let parsed = OutboxEntry.Status(rawValue: status) else {
                throw ValidationError(OptionProblemText.unknownValue(
                    option: "--status", value: status, valid: OutboxEntry.Status.allCases.map(\.rawValue)
                ).text(in: language))
            }
            filter = parsed
        }
        let zoneID: String
        let lines: [OutboxLine]
        if let api = try await asker.remote() {
            (zoneID, lines) = try await api.outbox(agreementID: agreementOption.id, status: filter)
        } else {
            let session = try asker.session()
            let (agreement, found) = try await AccessGate.run(language: language) {
                try await OutboxService(store: session.store).list(agreementID: agreementOption.id, status: filter, as: session.person, now: SystemClock.now())
            }
            (zoneID, lines) = (agreement.timeZoneID, found)
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        let rows = lines.map { line in
            [
                String(line.id),
                style.value(line.status.rawValue, shown: OutboxStatusText(rawValue: line.status.rawValue)?.text(in: language) ?? line.status.rawValue),
                line.method.rawValue.uppercased(),
                String(line.sequence), line.meetingUID, line.recipient, String(line.attempts),
                line.status == .pending ? style.instant(line.nextAttemptAt) : "",
                style.instant(line.sentAt), line.lastError ?? "",
            ]
        }
        try style.print(style.listing(.outbox, rows: rows), empty: .outbox)
    }
}

struct OutboxRetryCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("retry", .outboxRetry) }

    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let count: Int
        if let api = try await asker.remote() {
            count = try await api.retryOutbox(agreementID: agreementOption.id)
        } else {
            let session = try asker.session()
            count = try await AccessGate.run(language: language) {
                try await OutboxService(store: session.store).retryFailed(agreementID: agreementOption.id, as: session.person, now: SystemClock.now())
            }
        }
        Console.out(UserText.messagesRequeued(count).text(in: language) + "\n")
    }
}
