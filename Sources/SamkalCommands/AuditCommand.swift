import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal audit`: who read or wrote minutes and attendance, and whether it was allowed.
struct AuditCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("audit", .audit) }

    @Option(help: .localized(.auditLimit, valueName: .countValue)) var limit: Int?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let (agreement, entries) = try await AccessGate.run(language: language) {
            do {
                return try await AuditLogReading(store: session.store).read(
                    agreementID: agreementOption.id, limit: limit, as: session.person, now: SystemClock.now()
                )
            } catch let error as StoreError {
                throw CommandFailure.store(error, language)
            }
        }
        let style = ListingStyle(format.format, language: language, zoneID: agreement.timeZoneID)
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
