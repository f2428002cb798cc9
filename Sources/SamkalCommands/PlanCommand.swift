import ArgumentParser
import Foundation
import SamkalCore
import SamkalPublishing
import SamkalService
import SamkalStore

/// `samkal plan …`: plans meetings (`run`, the default) or shows what the last plan changed (`diff`).
struct PlanCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("plan", .plan, subcommands: [PlanRunCommand.self, PlanDiffCommand.self], defaultSubcommand: PlanRunCommand.self)
    }
}

/// `samkal plan AGREEMENT --from --to [--json] [--ics DIR] [--optimize]`: plans the
/// agreement's meetings (an agreement file, or a stored agreement by id; against a server
/// only the latter) and stores them as a new plan version; `samkal plan --all [FILE…]`
/// plans every stored agreement (and the files given) together (`PlanRegionRun`).
struct PlanRunCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("run", .planRun) }

    @Argument(help: .localized(.planAgreementFiles, valueName: .agreementFileValue))
    var agreements: [String] = []

    @Flag(help: .localized(.planAll))
    var all = false

    @Option(help: .localized(.planFirstDay, valueName: .dateValue))
    var from: String

    @Option(help: .localized(.planLastDay, valueName: .dateValue))
    var to: String

    @Flag(help: .localized(.planJSON))
    var json = false

    @Option(help: .localized(.planICS, valueName: .directoryValue))
    var ics: String?

    @Option(help: .localized(.planStamp, valueName: .timeValue))
    var stamp: String?

    @Flag(help: .localized(.planDryRun))
    var dryRun = false

    @Flag(help: .localized(.planOptimize))
    var optimize = false

    @Option(help: .localized(.planParticipants, valueName: .fileValue))
    var participants: String?

    @OptionGroup var asker: AskerOptions

    /// The one agreement file (without `--all`).
    private var agreement: String { agreements.first ?? "" }

    func validate() throws {
        let language = CommandLanguage.current
        if !all && agreements.count != 1 { throw ValidationError(OptionProblemText.agreementFileOrAll.text(in: language)) }
        if all {
            for (flag, given) in [("--json", json), ("--dry-run", dryRun), ("--participants", participants != nil)] where given {
                throw ValidationError(OptionProblemText.notTogether("--all", flag).text(in: language))
            }
        }
    }

    func run() async throws {
        if all {
            let range = try dateRange(language: asker.languageOption.language)
            try await PlanRegionRun(
                files: agreements, range: range, stamp: try parsedStamp(language: asker.languageOption.language),
                ics: ics, optimize: optimize, asker: asker
            ).run()
            return
        }
        let language = asker.languageOption.language
        let range = try dateRange(language: language)
        let stampOverride = try parsedStamp(language: language)
        // Read before anything is planned: a file that cannot be read changes nothing.
        let participantsFile = try participants.map { (text: try ParticipantFile.text($0, language: language), name: $0) }
        let request = PlanningService.Request(
            range: range, stamp: stampOverride, participantsFile: participantsFile, dryRun: dryRun, optimize: optimize, language: language
        )
        if let api = try await asker.remote() {
            if agreementIsFile { throw ValidationError(ClientText.planFileRemotely(agreement).text(in: language)) }
            if ics != nil { throw ValidationError(ClientText.feedFilesRemotely.text(in: language)) }
            let answer = try await api.plan(agreementID: agreement, request)
            Self.show(
                jsonText: json ? try PlanJSON.render(answer.document) : nil,
                summary: answer.version.map { PlanVersionText.summary($0, language: language) },
                table: json ? nil : PlanTable.render(answer.sheet)
            )
            return
        }
        let person = try asker.identity.person(language)
        let storeOptions = asker.storeOptions
        let store: any SamkalStore
        let loaded: Agreement
        if agreementIsFile {
            loaded = try await AgreementFile.load(agreement, storeOptions: storeOptions, language: language)
            store = try storeOptions.open(language: language)
        } else {
            // A stored agreement's id: planned again as it was read in.
            store = try storeOptions.open(language: language)
            loaded = try await AgreementOption.choose(agreement, in: store, language: language)
        }
        let identity = try await storeOptions.identity(of: store, language: language)
        // Everything that can fail is checked before the plan is stored.
        if let ics { try FeedDirectory.prepare(ics, language: language) }
        let outcome: PlanningService.Outcome
        // The table for people is laid out while the store writes the plan.
        let table: (@Sendable (Plan) -> String)? = json ? nil : { @Sendable plan in PlanTable.render(PlanSheet(plan)) }
        do {
            outcome = try await AccessGate.run(language: language) {
                try await PlanningService(store: store, identity: identity).plan(loaded, request, as: person, now: SystemClock.now(), preparing: table)
            }
        } catch PlanningError.unknownTimeZone(let zone) {
            Console.error(UserText.error(UserText.unknownTimeZone(zone).text(in: language)).text(in: language))
            throw ExitCode.failure
        } catch let error as DiagnosticsError {
            throw CommandFailure.diagnostics(error, language)
        }
        let now = stampOverride ?? SystemClock.now()
        let plan = outcome.plan
        let version = outcome.version

        // Render everything before writing anything, so a failure leaves no half-written output.
        let jsonText = json ? try PlanJSON.render(plan) : nil
        let feeds: [FeedFile]?
        if ics == nil {
            feeds = nil
        } else if dryRun {
            let participantsByID = Dictionary(outcome.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            feeds = try renderFeeds(plan: plan, agreement: loaded, participantsByID: participantsByID, identity: identity)
        } else {
            feeds = try await storedFeeds(store: store, agreement: loaded, identity: identity, language: language, now: now)
        }

        if let directory = ics, let feeds {
            try FeedDirectory.write(feeds.map { ($0.name, $0.text) }, to: directory, language: language)
        }
        Self.show(
            jsonText: jsonText, summary: version.map { PlanVersionText.summary($0, language: language) },
            table: json ? nil : outcome.prepared ?? PlanTable.render(PlanSheet(plan))
        )
        if let directory = ics, let feeds {
            // Which file is whose: on standard output, or beside the JSON on standard error.
            let print: (String) -> Void = json ? { Console.error($0) } : { Console.out($0 + "\n") }
            print("\n" + UserText.feedFilesWritten(count: feeds.count, directory: directory).text(in: language))
            for feed in feeds { print("  \(feed.name)  \(feed.label)") }
        }
    }

    /// What a plan run prints: the JSON document (and the version's summary beside it on
    /// standard error), or the summary and the table for people.
    static func show(jsonText: String?, summary: String?, table: String?) {
        if let jsonText { Console.out(jsonText) }
        if let summary {
            if jsonText != nil { Console.error(summary) } else { Console.out(summary + "\n") }
        }
        if let table { Console.out(table) }
    }

    /// Whether the argument names an agreement file rather than a stored agreement's id.
    private var agreementIsFile: Bool { AgreementSelection.isFile(agreement) }

    func dateRange(language: Language) throws -> DateSpan {
        switch PlanningRange.parse(from: from, to: to) {
        case .success(let range): return range
        case .failure(let problem): throw ValidationError(problem.text.text(in: language))
        }
    }

    func parsedStamp(language: Language) throws -> UTCTimestamp? {
        guard let stamp else { return nil }
        guard let value = UTCTimestamp(iso: stamp) else {
            throw ValidationError(UserText.invalidStamp(stamp).text(in: language))
        }
        return value
    }

    /// Every feed of the store under an opaque file name (`<keyed hash>.ics`), rendered by
    /// the same use case as `samkal serve`: the same store gives the same bytes. A directory
    /// published as it is gives nobody a guessable address; which file is whose is printed,
    /// not written beside them.
    private func storedFeeds(
        store: any SamkalStore, agreement: Agreement, identity: MeetingIdentity, language: Language, now: UTCTimestamp
    ) async throws -> [FeedFile] {
        let rendering = FeedRendering(store: store, language: language)
        let scopes = FeedScope.all(in: agreement)
        let feeds = try await rendering.render(scopes, agreementID: agreement.id, now: now)
        return zip(scopes, feeds).map { scope, feed in
            FeedFile(
                label: label(of: scope, agreement: agreement),
                name: identity.opaque("feed\u{0}" + scope.identityKey(agreementID: agreement.id)) + ".ics", text: feed.text
            )
        }
    }

    /// The feeds of a dry run: the plan as it would stand, nothing read from the store.
    private func renderFeeds(
        plan: Plan, agreement: Agreement, participantsByID: [String: Participant], identity: MeetingIdentity
    ) throws -> [FeedFile] {
        try FeedScope.all(in: agreement).map { scope in
            FeedFile(
                label: label(of: scope, agreement: agreement),
                name: identity.opaque("feed\u{0}" + scope.identityKey(agreementID: agreement.id)) + ".ics",
                text: try FeedBuilder().text(for: scope, plan: plan, agreement: agreement, participants: participantsByID).text
            )
        }
    }

    private func label(of scope: FeedScope, agreement: Agreement) -> String {
        switch scope {
        case .agreement: agreement.id
        case .party(let id): "party:\(id)"
        case .person(let id): "person:\(id)"
        }
    }
}

/// One rendered feed and the file it is written to.
struct FeedFile {
    /// Whose it is, for the operator's listing: `agreement-id`, `party:ID`, `person:ID`.
    let label: String
    let name: String
    let text: String
}
