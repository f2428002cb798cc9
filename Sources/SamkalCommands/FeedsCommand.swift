import ArgumentParser
import Foundation
import SamkalCore
import SamkalServer
import SamkalService
import SamkalStore

/// `samkal feeds add|list|revoke|rotate`: calendar subscriptions and their secret links.
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Kalenderabonnementer (calendar subscription links).",
        subcommands: [FeedsAddCommand.self, FeedsListCommand.self, FeedsRevokeCommand.self, FeedsRotateCommand.self]
    )
}

enum FeedLinks {
    /// Whether the asker may revoke or rotate subscription `id`: the refugee service any,
    /// a person their own calendar's. An unknown id is treated like someone else's link.
    static func authorize(id: Int64, session: AskerOptions.Session) async throws -> AuditEntry {
        let store = session.store
        guard let agreement = try await store.agreement(id: nil) else { throw CommandFailure.store(.noAgreement, session.language) }
        let subscription = try await store.feed(id: id)
        let own = subscription.flatMap { $0.kind == .person ? $0.subject : nil }
        return try await AccessGate.admit(
            .manageLink(owner: own, target: "feed:\(id)"), person: session.person, agreement: agreement, store: store, language: session.language
        )
    }

    /// Creates a subscription and returns its one-time token.
    static func create(
        kind: FeedSubscription.Kind, subject: String, label: String, store: any SamkalStore, audit: AuditEntry? = nil
    ) async throws -> (FeedSubscription, String) {
        let token = FeedToken.generate()
        let subscription = try await store.addFeed(
            kind: kind, subject: subject, label: label, tokenHash: FeedToken.hash(token), audit: audit, now: SystemClock.now()
        )
        return (subscription, token)
    }
}

struct FeedsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Lag en abonnementslenke (create a subscription link).")

    @Option(help: "En persons kalender (person-id).") var person: String?
    @Option(help: "En parts kalender (part-id).") var party: String?
    @Option(help: "Hele avtalens kalender (avtale-id).") var agreement: String?

    @OptionGroup var baseURL: BaseURLOption
    @OptionGroup var asker: AskerOptions

    func validate() throws {
        if [person, party, agreement].compactMap({ $0 }).count != 1 {
            throw ValidationError("oppgi nøyaktig én av --person, --party og --agreement")
        }
    }

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let store = session.store
        let address = try baseURL.address(language: language)
        guard let stored = try await store.agreement(id: agreement) else { throw CommandFailure.store(.noAgreement, language) }
        let audit = try await AccessGate.admit(
            .manageLink(owner: person, target: person.map { "person:" + $0 } ?? party.map { "party:" + $0 } ?? "agreement:" + stored.id),
            person: session.person, agreement: stored, store: store, language: language
        )
        let kind: FeedSubscription.Kind
        let subject: String
        let label: String
        if let person {
            guard let found = stored.people[person] else { throw CommandFailure.store(.unknownPerson(person), language) }
            (kind, subject, label) = (.person, person, found.name)
        } else if let party {
            guard let found = stored.party(party) else {
                throw ValidationError(UserText.unknownParty(party).text(in: language))
            }
            (kind, subject, label) = (.party, party, found.name)
        } else {
            (kind, subject, label) = (.agreement, stored.id, stored.name)
        }
        let (subscription, token) = try await FeedLinks.create(kind: kind, subject: subject, label: label, store: store, audit: audit)
        let links = address.links(for: token)
        Console.out(UserText.subscriptionMade(id: subscription.id, label: label, http: links.http, webcal: links.webcal).text(in: language) + "\n")
        BaseURLOption.warnAbout(address, language: language)
    }
}

struct FeedsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List abonnementene (list subscriptions).")

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let store = session.store
        guard let agreement = try await store.agreement(id: nil) else { throw CommandFailure.store(.noAgreement, session.language) }
        let feeds = try await AccessGate.run(language: session.language) {
            try await LinkDirectory(store: store).list(agreement, as: session.person, now: SystemClock.now())
        }
        let listing = Listing(
            columns: ["id", "kind", "subject", "label", "created_at", "revoked_at"],
            rows: feeds.map { [String($0.id), $0.kind.rawValue, $0.subject, $0.label, $0.createdAt.description, $0.revokedAt?.description ?? ""] }
        )
        Console.out(try listing.render(format.format))
    }
}

struct FeedsRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Trekk tilbake et abonnement (revoke a subscription).")

    @Argument var id: Int64
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let store = session.store
        let audit = try await FeedLinks.authorize(id: id, session: session)
        guard try await store.revokeFeed(id: id, audit: audit, now: SystemClock.now()) else {
            Console.error(UserText.error(UserText.noActiveSubscription(id).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        Console.out(UserText.subscriptionRevoked(id).text(in: language) + "\n")
    }
}

struct FeedsRotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rotate", abstract: "Gi et abonnement ny lenke (new link; the old stops working).")

    @Argument var id: Int64
    @OptionGroup var baseURL: BaseURLOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let address = try baseURL.address(language: language)
        let audit = try await FeedLinks.authorize(id: id, session: session)
        let token = FeedToken.generate()
        guard try await session.store.rotateFeed(id: id, tokenHash: FeedToken.hash(token), audit: audit) else {
            Console.error(UserText.error(UserText.noActiveSubscription(id).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        let links = address.links(for: token)
        Console.out("\(links.http)\n\(links.webcal)\n")
        BaseURLOption.warnAbout(address, language: language)
    }
}
