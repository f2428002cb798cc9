import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal actions [list]` and `samkal actions done ID`: action items from the minutes.
struct ActionsCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("actions", .actions, subcommands: [ActionsListCommand.self, ActionsDoneCommand.self], defaultSubcommand: ActionsListCommand.self)
    }
}

struct ActionsListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("list", .actionsList) }

    @Flag(help: .localized(.includeDone)) var all = false
    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let person = session.person
        let store = session.store
        let people = try await AgreementChoice.everyone(in: store)
        let zoneID = try await AgreementChoice.displayZone(in: store)
        let items = try await ActionItemService(store: store).list(openOnly: !all, as: person, now: SystemClock.now())
            .sorted { ($0.assigneeID, $0.due, $0.id) < ($1.assigneeID, $1.due, $1.id) }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        // JSON and CSV keep `åpen`/`utført` in every language (what earlier versions wrote).
        let listing = style.listing(
            .actions,
            rows: items.map { item in
                [
                    String(item.id), item.assigneeID, people[item.assigneeID]?.name ?? item.assigneeID,
                    item.text, item.due.description, item.meetingUID,
                    style.value(item.isOpen ? "åpen" : "utført", shown: (item.isOpen ? UserText.open : .done).text(in: language)),
                ]
            }
        )
        try style.print(listing, empty: .actions)
    }
}

struct ActionsDoneCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("done", .actionsDone) }

    @Argument(help: .localized(.actionItemID, valueName: .numberValue)) var id: Int64
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
