import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal actions [list]` and `samkal actions done ID`: action items from the minutes.
struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Oppfølgingspunkter fra referatene (action items).",
        subcommands: [ActionsListCommand.self, ActionsDoneCommand.self],
        defaultSubcommand: ActionsListCommand.self
    )
}

struct ActionsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Åpne oppfølgingspunkter etter person og frist (open action items by person and due date)."
    )

    @Flag(help: "Ta med utførte punkter.") var all = false
    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let person = session.person
        let store = session.store
        let agreement = try await store.agreement(id: nil)
        let items = try await ActionItemService(store: store).list(openOnly: !all, as: person, now: SystemClock.now())
            .sorted { ($0.assigneeID, $0.due, $0.id) < ($1.assigneeID, $1.due, $1.id) }
        let listing = Listing(
            columns: ["id", "person", "name", "what", "due", "meeting", "state"],
            rows: items.map { item in
                [
                    String(item.id), item.assigneeID, agreement?.people[item.assigneeID]?.name ?? item.assigneeID,
                    item.text, item.due.description, item.meetingUID,
                    (item.isOpen ? UserText.open : .done).text(in: language),
                ]
            }
        )
        Console.out(try listing.render(format.format))
    }
}

struct ActionsDoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Merk et oppfølgingspunkt som utført (close an action item).")

    @Argument var id: Int64
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let person = session.person
        let store = session.store
        do {
            switch try await ActionItemService(store: store).close(id: id, as: person, now: SystemClock.now()) {
            case .refused(let rule):
                throw CommandFailure.refusal(rule, language)
            case .allowed(let item, _):
                Console.out(UserText.actionItemDone(id: item.id, text: item.text).text(in: language) + "\n")
            }
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
    }
}
