import ArgumentParser
import Foundation
import SamkalClient
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

struct FeedsAddCommand: AsyncParsableCommand, RunsAgainstServer {
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
        let language = asker.languageOption.language
        let subject: FeedLinkService.Subject = if let person { .person(person) } else if let party { .party(party) } else { .agreement(agreement) }
        let address: SubscriptionAddress
        let made: (subscription: FeedSubscription, token: String)
        if let api = try await asker.remote() {
            address = try baseURL.address(server: api.credentials.server, language: language)
            made = try await api.createFeed(subject)
        } else {
            let session = try asker.session()
            address = try baseURL.address(language: language)
            var random = SystemRandomNumberGenerator()
            do {
                made = try await AccessGate.run(language: language) {
                    try await FeedLinkService(store: session.store).add(subject, as: session.person, now: SystemClock.now(), random: &random)
                }
            } catch let unknown as FeedLinkService.UnknownParty {
                throw ValidationError(UserText.unknownParty(unknown.party).text(in: language))
            }
        }
        let links = address.links(for: made.token)
        Console.out(UserText.subscriptionMade(
            id: made.subscription.id, label: made.subscription.label, http: links.http, webcal: links.webcal
        ).text(in: language) + "\n")
        BaseURLOption.warnAbout(address, language: language)
    }
}

struct FeedsListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .feedsList) }

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var agreementOption: AgreementOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let zoneID: String
        let feeds: [FeedSubscription]
        if let api = try await asker.remote() {
            (zoneID, feeds) = try await api.feeds(agreementID: agreementOption.id)
        } else {
            let session = try asker.session()
            let agreement = try await agreementOption.agreement(in: session.store, language: language)
            feeds = try await AccessGate.run(language: language) {
                try await LinkDirectory(store: session.store).list(agreement, as: session.person, now: SystemClock.now())
            }
            zoneID = agreement.timeZoneID
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        let listing = style.listing(
            .feeds,
            rows: feeds.map { feed in
                [
                    String(feed.id), style.value(feed.kind.rawValue, shown: feed.kind.text(in: language)), feed.subject,
                    feed.label, style.instant(feed.createdAt), style.instant(feed.revokedAt),
                ]
            }
        )
        try style.print(listing, empty: .feeds)
    }
}

struct FeedsRevokeCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("revoke", .feedsRevoke) }

    @Argument(help: .localized(.subscriptionID, valueName: .numberValue)) var id: Int64
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            try await api.revokeFeed(id: id)
        } else {
            let session = try asker.session()
            let revoked = try await AccessGate.run(language: language) {
                try await FeedLinkService(store: session.store).revoke(id: id, as: session.person, now: SystemClock.now())
            }
            guard revoked else { throw FeedLinkFailure.noActiveSubscription(id, language) }
        }
        Console.out(UserText.subscriptionRevoked(id).text(in: language) + "\n")
    }
}

struct FeedsRotateCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("rotate", .feedsRotate) }

    @Argument(help: .localized(.subscriptionID, valueName: .numberValue)) var id: Int64
    @OptionGroup var baseURL: BaseURLOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let address: SubscriptionAddress
        let token: String
        if let api = try await asker.remote() {
            address = try baseURL.address(server: api.credentials.server, language: language)
            token = try await api.rotateFeed(id: id)
        } else {
            let session = try asker.session()
            address = try baseURL.address(language: language)
            var random = SystemRandomNumberGenerator()
            let rotated = try await AccessGate.run(language: language) {
                try await FeedLinkService(store: session.store).rotate(id: id, as: session.person, now: SystemClock.now(), random: &random)
            }
            guard let rotated else { throw FeedLinkFailure.noActiveSubscription(id, language) }
            token = rotated
        }
        let links = address.links(for: token)
        Console.out("\(links.http)\n\(links.webcal)\n")
        BaseURLOption.warnAbout(address, language: language)
    }
}

/// No active link of that id: said as every error is, status 1.
enum FeedLinkFailure {
    static func noActiveSubscription(_ id: Int64, _ language: Language) -> ExitCode {
        Console.error(UserText.error(UserText.noActiveSubscription(id).text(in: language)).text(in: language))
        return .failure
    }
}
