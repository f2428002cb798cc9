import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal actions [list]` and `samkal actions done ID`: action items from the minutes.
struct ActionsCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("actions", .actions, subcommands: [ActionsListCommand.self, ActionsDoneCommand.self], defaultSubcommand: ActionsListCommand.self)
    }
}

struct ActionsListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .actionsList) }

    @Flag(help: .localized(.includeDone)) var all = false
    @OptionGroup var asker: AskerOptions
    @OptionGroup var format: ListingFormatOption

    func run() async throws {
        let language = asker.languageOption.language
        let names: [String: String]
        let zoneID: String?
        let found: [ActionItem]
        if let api = try await asker.remote() {
            (zoneID, names, found) = try await api.actionItems(all: all)
        } else {
            let session = try asker.session()
            let store = session.store
            names = try await AgreementChoice.everyone(in: store).mapValues(\.name)
            zoneID = try await AgreementChoice.displayZone(in: store)
            found = try await ActionItemService(store: store).list(openOnly: !all, as: session.person, now: SystemClock.now())
        }
        let items = found.sorted { ($0.assigneeID, $0.due, $0.id) < ($1.assigneeID, $1.due, $1.id) }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        // JSON and CSV keep `åpen`/`utført` in every language (what earlier versions wrote).
        let listing = style.listing(
            .actions,
            rows: items.map { item in
                [
                    String(item.id), item.assigneeID, names[item.assigneeID] ?? item.assigneeID,
                    item.text, item.due.description, item.meetingUID,
                    style.value(item.isOpen ? "åpen" : "utført", shown: (item.isOpen ? UserText.open : .done).text(in: language)),
                ]
            }
        )
        try style.print(listing, empty: .actions)
    }
}

struct ActionsDoneCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("done", .actionsDone) }

    @Argument(help: .localized(.actionItemID, valueName: .numberValue)) var id: Int64
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            let item = try await api.closeActionItem(id: id)
            Console.out(UserText.actionItemDone(id: item.id, text: item.text).text(in: language) + "\n")
            return
        }
        let session = try asker.session()
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
