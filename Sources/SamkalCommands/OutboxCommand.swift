import ArgumentParser
import SamkalCore
import SamkalStore

/// `samkal outbox`: the invitations samkal has queued, sent or given up on.
struct OutboxCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("outbox", .outbox, subcommands: [OutboxListCommand.self, OutboxRetryCommand.self], defaultSubcommand: OutboxListCommand.self)
    }
}

struct OutboxListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("list", .outboxList) }

    @Option(help: .localized(.outboxStatus, valueName: .statusValue)) var status: String?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, audit) = try await Convening.session(asker, agreement: agreementOption, action: .readOutbox)
        try await session.store.recordAudit([audit])
        var filter: OutboxEntry.Status?
        if let status {
            guard let parsed = OutboxEntry.Status(rawValue: status) else {
                throw ValidationError(OptionProblemText.unknownValue(
                    option: "--status", value: status, valid: OutboxEntry.Status.allCases.map(\.rawValue)
                ).text(in: session.language))
            }
            filter = parsed
        }
        // The messages of this agreement's meetings only.
        let uids = Set(try await session.store.meetings(agreementID: agreement.id).map(\.uid))
        let entries = try await session.store.outbox(status: filter).filter { uids.contains($0.invitation.meetingUID) }
        let style = ListingStyle(format.format, language: session.language, zoneID: agreement.timeZoneID)
        let rows = entries.map { entry in
            [
                String(entry.id),
                style.value(entry.status.rawValue, shown: OutboxStatusText(rawValue: entry.status.rawValue)?.text(in: session.language) ?? entry.status.rawValue),
                entry.invitation.method.rawValue.uppercased(),
                String(entry.invitation.sequence), entry.invitation.meetingUID, entry.recipient, String(entry.attempts),
                entry.status == .pending ? style.instant(entry.nextAttemptAt) : "",
                style.instant(entry.sentAt), entry.lastError ?? "",
            ]
        }
        try style.print(style.listing(.outbox, rows: rows), empty: .outbox)
    }
}

struct OutboxRetryCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("retry", .outboxRetry) }

    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, audit) = try await Convening.session(asker, agreement: agreementOption, action: .requeueOutbox)
        try await session.store.recordAudit([audit])
        // Only this agreement's messages: another municipality's outbox is its own.
        let count = try await session.store.retryFailedOutbox(now: SystemClock.now(), agreementID: agreement.id)
        Console.out(UserText.messagesRequeued(count).text(in: session.language) + "\n")
    }
}
