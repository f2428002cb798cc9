import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal audit`: who read or wrote minutes and attendance, and whether it was allowed.
struct AuditCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("audit", .audit) }

    @Option(help: .localized(.auditLimit, valueName: .countValue)) var limit: Int?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let zoneID: String
        let entries: [AuditEntry]
        if let api = try await asker.remote() {
            (zoneID, entries) = try await api.auditLog(agreementID: agreementOption.id, limit: limit)
        } else {
            let session = try asker.session()
            let (agreement, found) = try await AccessGate.run(language: language) {
                do {
                    return try await AuditLogReading(store: session.store).read(
                        agreementID: agreementOption.id, limit: limit, as: session.person, now: SystemClock.now()
                    )
                } catch let error as StoreError {
                    throw CommandFailure.store(error, language)
                }
            }
            (zoneID, entries) = (agreement.timeZoneID, found)
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        // JSON and CSV keep `ja`/`nei` in every language, as the participant CSV does.
        let listing = style.listing(
            .audit,
            rows: entries.map { entry in
                [
                    entry.id.map(String.init) ?? "", style.instant(entry.at), entry.actorID,
                    style.value(entry.action.rawValue, shown: entry.action.text(in: language)),
                    entry.target, style.value(entry.allowed ? "ja" : "nei", shown: (entry.allowed ? UserText.yes : .no).text(in: language)),
                    style.value(entry.rule.rawValue, shown: entry.rule.text(in: language)),
                    style.value(entry.credential?.stored ?? "", shown: entry.credential?.text(in: language) ?? ""),
                ]
            }
        )
        Console.out(try listing.render(format.format))
    }
}
