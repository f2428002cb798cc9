import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal audit`: who read or wrote minutes and attendance, and whether it was allowed.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Vis tilgangsloggen (show the audit log)."
    )

    @Option(help: "Bare de siste N linjene.") var limit: Int?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, _, audit) = try await asker.guardedSession(.readAudit(target: limit.map { "last \($0)" } ?? "all"))
        let language = session.language
        let store = session.store
        try await store.recordAudit([audit])
        let entries = try await store.auditLog(limit: limit)
        let listing = Listing(
            columns: ["id", "at", "who", "action", "target", "allowed", "rule"],
            rows: entries.map { entry in
                [
                    entry.id.map(String.init) ?? "", entry.at.description, entry.actorID, entry.action.rawValue,
                    entry.target, (entry.allowed ? UserText.yes : .no).text(in: language),
                    entry.rule.rawValue,
                ]
            }
        )
        Console.out(try listing.render(format.format))
    }
}
