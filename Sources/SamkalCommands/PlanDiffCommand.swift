import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal plan diff`: what the last stored plan version changed.
struct PlanDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Vis hva siste planversjon endret (show what the last plan changed)."
    )

    @Option(help: "Avtalens id (trengs bare når flere avtaler er lagret).")
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
        if format.format == .table {
            Console.out(UserText.planVersionHeading(
                number: version.number, createdAt: version.createdAt.description, from: version.range.first.description,
                to: version.range.last.description, changes: version.changes.count
            ).text(in: language) + "\n")
        }
        let listing = Listing(
            columns: ["version", "uid", "change", "sequence", "status", "date", "start", "description"],
            rows: version.changes.map { change in
                [
                    String(version.number), change.uid, change.kind.rawValue, String(change.after.sequence),
                    change.after.status.rawValue, change.after.date.description, change.after.start.description,
                    change.describe(in: language),
                ]
            }
        )
        Console.out(try listing.render(format.format))
    }
}
