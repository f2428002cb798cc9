import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal plan diff`: what the last stored plan version changed.
struct PlanDiffCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("diff", .planDiff) }

    @Option(name: [.customLong("agreement"), .customLong("agreement-id")], help: .localized(.chosenAgreement, valueName: .agreementIDValue))
    var agreementID: String?

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, audit) = try await asker.guardedSession(agreementID: agreementID, .convene(.readPlan))
        let language = session.language
        let store = session.store
        try await store.recordAudit([audit])
        guard let version = try await store.latestPlanVersion(agreementID: agreement.id) else {
            Console.out(UserText.noPlanVersions.text(in: language) + "\n")
            return
        }
        let style = ListingStyle(format.format, language: language, zoneID: agreement.timeZoneID)
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
                    String(change.after.sequence),
                    style.value(change.after.status.rawValue, shown: MeetingListText.status(change.after.status).text(in: language)),
                    change.after.date.description, change.after.start.description,
                    change.describe(in: language),
                ]
            }
        )
        Console.out(try listing.render(format.format))
    }
}
