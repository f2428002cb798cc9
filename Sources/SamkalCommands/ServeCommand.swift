import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SamkalAuthentication
import SamkalCore
import SamkalServer
import SamkalService
import SamkalStore
import SamkalTemplates

/// `samkal serve`: publishes the subscription feeds over HTTP.
struct ServeCommand: AsyncParsableCommand, RunsOnThisMachine {
    static var configuration: CommandConfiguration { .localized("serve", .serve) }

    @Option(help: .localized(.host, valueName: .urlValue)) var host: String?
    @Option(help: .localized(.port, valueName: .portValue)) var port: Int?
    @Option(help: .localized(.keepCancelledDays, valueName: .daysValue)) var keepCancelledDays = 30
    @OptionGroup var limitOptions: ServerLimitOptions
    @OptionGroup var baseURL: BaseURLOption
    @OptionGroup var openID: OpenIDOptions
    /// The mail server invitations made through the API are delivered with.
    @OptionGroup var smtp: SMTPOptions
    @Option(name: .customLong("auth-backoff-after"), help: .localized(.authBackoffAfter, valueName: .countValue)) var authBackoffAfter: Int?
    /// `--as` is accepted as on every command; the server answers each feed by its link,
    /// not by who runs it.
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let host = host ?? environment["SAMKAL_HOST"] ?? "127.0.0.1"
        let language = asker.languageOption.language
        let storeOptions = asker.storeOptions
        let port: Int
        if let given = self.port {
            guard (1...65_535).contains(given) else {
                throw ValidationError(UserText.portOutOfRange(source: "--port", value: String(given)).text(in: language))
            }
            port = given
        } else if let text = environment["SAMKAL_PORT"] {
            guard let value = Int(text), (1...65_535).contains(value) else {
                throw ValidationError(UserText.portOutOfRange(source: "SAMKAL_PORT", value: text).text(in: language))
            }
            port = value
        } else {
            port = 8080
        }
        var limits = try limitOptions.limits(language: language)
        // Every server log line goes through a bounded buffer: a stuck standard error (a pipe
        // nobody reads) drops lines instead of stopping the server.
        let logBuffer = LogBuffer(capacity: try limitOptions.logBufferCapacity(language: language))
        let logger = logBuffer.logger(
            label: "samkal", level: environment["SAMKAL_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        )
        let fileLimit = OpenFileLimit.current()
        let maxConnections = OpenFileLimit.connections(wanted: limits.maxConnections, fileLimit: fileLimit)
        if maxConnections < limits.maxConnections {
            logger.warning("connection limit lowered to stay under the open file limit", metadata: [
                "asked": "\(limits.maxConnections)", "limit": "\(maxConnections)", "open_file_limit": "\(fileLimit ?? 0)",
            ])
            limits.maxConnections = maxConnections
        }
        let address = try baseURL.address(listeningHost: host, port: port, language: language)
        let openIDSettings = try openID.settings(language: language)
        let store = try storeOptions.open(language: language)
        // The example only into an empty store of the embedded default (never beside
        // agreements already stored, and never into a database: that is an installation's
        // own, shared by instances that would all fill it at once).
        let isEmpty = try await store.agreementIDs().isEmpty
        if isEmpty, storeOptions.databaseURLText != nil {
            Console.error(UserText.note(UserText.emptyDatabase.text(in: language)).text(in: language))
        } else if isEmpty {
            try await ExampleBootstrap.run(
                store: store, identity: try await storeOptions.identity(of: store, language: language), address: address, language: language
            )
        } else if try await store.feeds().allSatisfy({ $0.revokedAt != nil }) {
            Console.error(UserText.note(UserText.noActiveLinks.text(in: language)).text(in: language))
        }
        let metrics = ServerMetrics()
        let service = FeedService(store: store, keepCancelledDays: keepCancelledDays, language: language, metrics: metrics)
        let verifier = openIDSettings.map { OpenIDTokenVerifier(settings: $0, source: HTTPOpenIDKeySource()) }
        let web = try verifier.map { verifier in
            try Self.webConfiguration(verifier: verifier, clientID: openIDSettings?.audiences.sorted().first ?? "", address: address, language: language)
        }
        // The report's page from the web pages' templates when they are read, else on its own.
        let reportPage = try web.map { InternalControlPage(library: $0.pages, style: $0.style) } ?? Self.reportPage(language: language)
        let api = APIConfiguration(
            store: store, identity: try await storeOptions.identity(of: store, language: language), authenticator: APIAuthenticator(store: store, verifier: verifier), openID: openIDSettings,
            minutesRenderer: try Self.minutesRenderer(language: language),
            invitationRenderer: try Self.invitationRenderer(language: language), reportPage: reportPage, smtp: try smtp.configuration(language: language),
            backoff: AuthenticationBackoff(freeFailures: try backoffAfter(environment: environment, language: language)), clock: { SystemClock.now() }
        )
        let app = try buildApplication(service: service, metrics: metrics, host: host, port: port, limits: limits, logger: logger, api: api, web: web)
        if let openIDSettings { Console.error(UserText.note(OpenIDText.accepting(issuer: openIDSettings.issuer).text(in: language)).text(in: language)) }
        Console.error(SubscriptionLinkText.listening(
            address: "http://\(SubscriptionAddress.urlHost(host)):\(port)", base: address.base, directory: storeOptions.storeDescription
        ).text(in: language))
        defer { logBuffer.flush() }
        try await app.runService()
    }
}

extension ServeCommand {
    /// The templates invitations are made with for the API; missing templates stop the start.
    static func invitationRenderer(language: Language) throws -> InvitationRenderer {
        do {
            return try TemplateLocator.invitationRenderer()
        } catch {
            Console.error(UserText.error(String(describing: error)).text(in: language))
            throw ExitCode.failure
        }
    }

    /// The web pages' templates, with sign-in at the API's provider; missing templates stop the start.
    static func webConfiguration(
        verifier: OpenIDTokenVerifier, clientID: String, address: SubscriptionAddress, language: Language
    ) throws -> WebConfiguration {
        do {
            let (pages, style) = try TemplateLocator.webPages()
            return WebConfiguration(pages: pages, style: style, verifier: verifier, clientID: clientID, address: address)
        } catch {
            Console.error(UserText.error(String(describing: error)).text(in: language))
            throw ExitCode.failure
        }
    }

    /// The internal-control report's page for the API; missing templates stop the start.
    static func reportPage(language: Language) throws -> InternalControlPage {
        do {
            return try TemplateLocator.internalControlPage()
        } catch {
            Console.error(UserText.error(String(describing: error)).text(in: language))
            throw ExitCode.failure
        }
    }

    /// The templates minutes are rendered with for the API; missing templates stop the start.
    static func minutesRenderer(language: Language) throws -> MinutesRenderer {
        do {
            return try TemplateLocator.minutesRenderer()
        } catch {
            Console.error(UserText.error(String(describing: error)).text(in: language))
            throw ExitCode.failure
        }
    }

    /// `--auth-backoff-after N` (`SAMKAL_AUTH_BACKOFF_AFTER`, default 5): failed sign-ins an
    /// address may make within a minute before it is slowed down.
    func backoffAfter(environment: [String: String], language: Language) throws -> Int {
        if let authBackoffAfter {
            guard authBackoffAfter > 0 else {
                throw ValidationError(UserText.notPositive(flag: "--auth-backoff-after", value: String(authBackoffAfter)).text(in: language))
            }
            return authBackoffAfter
        }
        if let text = environment["SAMKAL_AUTH_BACKOFF_AFTER"], !text.isEmpty {
            guard let value = Int(text), value > 0 else {
                throw ValidationError(UserText.notPositive(flag: "SAMKAL_AUTH_BACKOFF_AFTER", value: text).text(in: language))
            }
            return value
        }
        return 5
    }
}

/// The embedded default: the example region — Åfjord's and Osen's agreements with NAV
/// Nord-Fosen and their regional leader meeting — with their participants, planned together
/// for the coming year.
enum ExampleBootstrap {
    /// The example's agreement files and participant lists, in the order they are read.
    static let files: [(agreement: String, participants: String?)] = [
        ("afjord-nav-nord-fosen.yaml", "afjord-deltakere.csv"),
        ("osen-nav-nord-fosen.yaml", "osen-deltakere.csv"),
        ("nord-fosen-region.yaml", nil),
    ]

    static func run(store: any SamkalStore, identity: MeetingIdentity, address: SubscriptionAddress, language: Language) async throws {
        guard let directory = ResourceLocator.directory(named: "calendars", containing: "afjord-nav-nord-fosen.yaml") else {
            Console.error(UserText.error(UserText.exampleMissing.text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        // Everything is read and checked before anything is stored.
        var loaded: [String: Agreement] = [:]
        var agreements: [(Agreement, [Participant])] = []
        for (file, participantFile) in files {
            let agreement: Agreement
            do {
                agreement = try AgreementLoader.load(path: (directory as NSString).appendingPathComponent(file), known: loaded)
            } catch {
                throw CommandFailure.diagnostics(error, language)
            }
            loaded[agreement.id] = agreement
            let participants = try participantFile.map {
                try ParticipantFile.read((directory as NSString).appendingPathComponent($0), agreement: agreement, language: language)
            } ?? []
            agreements.append((agreement, participants))
        }
        let now = SystemClock.now()
        for (agreement, participants) in agreements {
            _ = try await store.importParticipants(participants, agreement: agreement, now: now)
        }
        let today = SystemClock.today(in: agreements[0].0.timeZoneID)
        let range = DateSpan(first: today, last: today.adding(days: 365))!
        let parts = try await PlanningService(store: store, identity: identity).planRegion(
            agreements.map(\.0), range: range, stamp: now, language: language, audits: [:], now: now
        )
        Console.out(UserText.examplePlanned(
            from: range.first.description, to: range.last.description, meetings: parts.reduce(0) { $0 + $1.version.plan.meetings.count }
        ).text(in: language) + "\n")
        // What a planner would want to know of the year before subscribing to it.
        for part in parts {
            let notes = PlanTable.notes(part.version.plan)
            if !notes.isEmpty { Console.out("\(part.agreement.id):\n" + notes.joined(separator: "\n") + "\n") }
        }
        Console.out("\n" + SubscriptionLinkText.linksHeading.text(in: language) + "\n")
        // One link per agreement, and one per party and per person whichever agreements they are in.
        var subjects: [(FeedSubscription.Kind, String, String)] = []
        var seen: Set<String> = []
        for (agreement, _) in agreements {
            subjects.append((.agreement, agreement.id, agreement.name))
            for party in agreement.parties where seen.insert("party:" + party.id).inserted { subjects.append((.party, party.id, party.name)) }
            for person in agreement.sortedPeople where seen.insert("person:" + person.id).inserted {
                subjects.append((.person, person.id, person.name))
            }
        }
        for (kind, subject, label) in subjects {
            let token = FeedToken.generate()
            _ = try await store.addFeed(kind: kind, subject: subject, label: label, tokenHash: FeedToken.hash(token), audit: nil, now: SystemClock.now())
            let links = address.links(for: token)
            Console.out("  \(kind.text(in: language)) \(label):\n    \(links.http)\n    \(links.webcal)\n")
        }
        BaseURLOption.warnAbout(address, language: language)
    }
}
