import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal plan diff`: what the last stored plan version changed.
struct PlanDiffCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("diff", .planDiff) }

    @Option(name: [.customLong("agreement"), .customLong("agreement-id")], help: .localized(.chosenAgreement, valueName: .agreementIDValue))
    var agreementID: String?

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let zoneID: String
        let version: PlanChangeListing.Version?
        if let api = try await asker.remote() {
            (zoneID, version) = try await api.planChanges(agreementID: agreementID)
        } else {
            let session = try asker.session()
            let (agreement, latest) = try await AccessGate.run(language: language) {
                try await PlanChangeListing(store: session.store).latest(agreementID: agreementID, as: session.person, now: SystemClock.now(), language: language)
            }
            (zoneID, version) = (agreement.timeZoneID, latest)
        }
        guard let version else {
            Console.out(UserText.noPlanVersions.text(in: language) + "\n")
            return
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        if format.format == .table {
            Console.out(UserText.planVersionHeading(
                number: version.number, createdAt: style.instant(version.createdAt), from: version.range.first.description,
                to: version.range.last.description, changes: version.changes.count
            ).text(in: language) + "\n")
        }
        let listing = style.listing(
            .planChanges,
            rows: version.changes.map { change in
                [
                    String(version.number), change.uid, style.value(change.kind.rawValue, shown: change.kind.text(in: language)),
                    String(change.sequence),
                    style.value(change.status.rawValue, shown: MeetingListText.status(change.status).text(in: language)),
                    change.date.description, change.start.description,
                    change.description,
                ]
            }
        )
        Console.out(try listing.render(format.format))
    }
}
