import ArgumentParser
import Foundation
import SamkalCore
import SamkalServer
import SamkalService
import SamkalStore

/// `samkal feeds add|list|revoke|rotate`: calendar subscriptions and their secret links.
struct FeedsCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("feeds", .feeds, subcommands: [FeedsAddCommand.self, FeedsListCommand.self, FeedsRevokeCommand.self, FeedsRotateCommand.self])
    }
}

enum FeedLinks {
    /// Whether the asker may revoke or rotate subscription `id`: the refugee service any,
    /// a person their own calendar's. An unknown id is treated like someone else's link.
    static func authorize(id: Int64, session: AskerOptions.Session) async throws -> AuditEntry {
        let store = session.store
        let subscription = try await store.feed(id: id)
        let own = subscription.flatMap { $0.kind == .person ? $0.subject : nil }
        guard let agreement = try await LinkDirectory(store: store).agreement(managing: id, as: session.person) else {
            throw CommandFailure.store(.noAgreement, session.language)
        }
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
    static var configuration: CommandConfiguration { .localized("add", .feedsAdd) }

    @Option(help: .localized(.feedPerson, valueName: .personIDValue)) var person: String?
    @Option(help: .localized(.feedParty, valueName: .partyValue)) var party: String?
    @Option(help: .localized(.feedAgreement, valueName: .agreementIDValue)) var agreement: String?

    @OptionGroup var baseURL: BaseURLOption
    @OptionGroup var asker: AskerOptions

    func validate() throws {
        if [person, party, agreement].compactMap({ $0 }).count != 1 {
            throw ValidationError(OptionProblemText.exactlyOne(["--person", "--party", "--agreement"]).text(in: CommandLanguage.current))
        }
    }

    func run() async throws {
        let session = try asker.session()
        let language = session.language
        let store = session.store
        let address = try baseURL.address(language: language)
        // A person's or party's link is made under an agreement they are in (the first whose
        // rules let the asker): their calendar spans every agreement they are in.
        let stored: Agreement
        if let subject = person ?? party, agreement == nil {
            let kind: FeedSubscription.Kind = person != nil ? .person : .party
            guard let found = try await LinkDirectory(store: store).agreement(for: kind, subject: subject, as: session.person) else {
                if try await store.agreementIDs().isEmpty { throw CommandFailure.store(.noAgreement, language) }
                if let person { throw CommandFailure.store(.unknownPerson(person), language) }
                throw ValidationError(UserText.unknownParty(subject).text(in: language))
            }
            stored = found
        } else {
            stored = try await AgreementOption.choose(agreement, in: store, language: language)
        }
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
    static var configuration: CommandConfiguration { .localized("list", .feedsList) }

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let session = try asker.session()
        let store = session.store
        let agreement = try await agreementOption.agreement(in: store, language: session.language)
        let feeds = try await AccessGate.run(language: session.language) {
            try await LinkDirectory(store: store).list(agreement, as: session.person, now: SystemClock.now())
        }
        let style = ListingStyle(format.format, language: session.language, zoneID: agreement.timeZoneID)
        let listing = style.listing(
            .feeds,
            rows: feeds.map { feed in
                [
                    String(feed.id), style.value(feed.kind.rawValue, shown: feed.kind.text(in: session.language)), feed.subject,
                    feed.label, style.instant(feed.createdAt), style.instant(feed.revokedAt),
                ]
            }
        )
        try style.print(listing, empty: .feeds)
    }
}

struct FeedsRevokeCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("revoke", .feedsRevoke) }

    @Argument(help: .localized(.subscriptionID, valueName: .numberValue)) var id: Int64
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
    static var configuration: CommandConfiguration { .localized("rotate", .feedsRotate) }

    @Argument(help: .localized(.subscriptionID, valueName: .numberValue)) var id: Int64
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
