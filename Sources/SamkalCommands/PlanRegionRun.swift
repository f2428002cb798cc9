import ArgumentParser
import Foundation
import SamkalCore
import SamkalPublishing
import SamkalService
import SamkalStore

/// `samkal plan --all [FILE…] --from --to [--ics DIR] [--optimize]`: plans a region — every
/// stored agreement, and the files given (loaded and stored with their plans) — in one
/// transaction, so nobody shared is booked twice. An agreement file given is planned or the
/// command is refused; a stored agreement the asker does not convene in stays as it is (its
/// meetings are busy time for the others) and is named in the output.
struct PlanRegionRun {
    let files: [String]
    let range: DateSpan
    let stamp: UTCTimestamp?
    let ics: String?
    let optimize: Bool
    let asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            // Against a server only the stored agreements are planned, and the server publishes the calendars.
            if let file = files.first { throw ValidationError(ClientText.planFileRemotely(file).text(in: language)) }
            if ics != nil { throw ValidationError(ClientText.feedFilesRemotely.text(in: language)) }
            let (parts, held) = try await api.planRegion(range: range, stamp: stamp, optimize: optimize)
            for part in parts {
                Self.show(
                    agreementID: part.agreement,
                    summary: PlanVersionText.summary(part.version, language: language),
                    meetings: part.meetings, notes: part.notes, language: language
                )
            }
            if !held.isEmpty { Console.out(UserText.regionHeld(held).text(in: language) + "\n") }
            return
        }
        let person = try asker.identity.person(language)
        let storeOptions = asker.storeOptions
        // Every file is read and checked before anything is stored. A `from:` names what is
        // planned with it: an agreement given, else the stored one (planned from what is stored).
        // A store is made only once the files have proved good.
        let existing = storeOptions.storeExists ? try storeOptions.open(language: language) : nil
        var stored: [String: Agreement] = [:]
        if let existing { stored = try await AgreementLoader.storedAgreements(in: existing) }
        var given: [String: Agreement] = [:]
        var order: [String] = []
        for file in Self.dependencyOrder(files) {
            let loaded = try await AgreementFile.load(file, storeOptions: storeOptions, known: stored.merging(given) { _, new in new }, language: language)
            if given[loaded.id] == nil { order.append(loaded.id) }
            given[loaded.id] = loaded
        }
        let store = try existing ?? storeOptions.open(language: language)
        let identity = try await storeOptions.identity(of: store, language: language)
        if let ics { try FeedDirectory.prepare(ics, language: language) }
        let outcome: PlanningService.RegionOutcome
        do {
            outcome = try await AccessGate.run(language: language) {
                try await PlanningService(store: store, identity: identity).planRegion(
                    given: order.compactMap { given[$0] }, range: range, stamp: stamp, language: language, optimize: optimize,
                    as: person, now: SystemClock.now()
                )
            }
        } catch PlanningError.unknownTimeZone(let zone) {
            Console.error(UserText.error(UserText.unknownTimeZone(zone).text(in: language)).text(in: language))
            throw ExitCode.failure
        } catch let error as StoreError {
            throw CommandFailure.store(error, language)
        }
        let parts = outcome.parts
        let now = stamp ?? SystemClock.now()
        // Feeds are rendered before anything is written or printed.
        var feeds: [FeedFile]?
        if ics != nil { feeds = try await renderFeeds(parts.map(\.agreement), store: store, identity: identity, language: language, now: now) }
        if let directory = ics, let feeds {
            try FeedDirectory.write(feeds.map { ($0.name, $0.text) }, to: directory, language: language)
        }
        for part in parts {
            let plan = part.version.plan
            Self.show(
                agreementID: part.agreement.id, summary: PlanVersionText.summary(part.version, language: language),
                meetings: plan.meetings.count, notes: PlanNotes(plan), language: language
            )
        }
        if !outcome.held.isEmpty { Console.out(UserText.regionHeld(outcome.held).text(in: language) + "\n") }
        if let directory = ics, let feeds {
            Console.out("\n" + UserText.feedFilesWritten(count: feeds.count, directory: directory).text(in: language) + "\n")
            Console.out(feeds.map { "  \($0.name)  \($0.label)\n" }.joined())
        }
    }

    /// One planned agreement's lines: its version, how many meetings, its notes.
    static func show(agreementID: String, summary: String, meetings: Int, notes: PlanNotes, language: Language) {
        var lines = [
            "\(agreementID): " + summary,
            "  " + UserText.regionPlanned(meetings: meetings, unplaced: notes.unplaced.count).text(in: language),
        ]
        lines += PlanTable.notes(notes, language: language).map { $0.isEmpty ? "" : "  " + $0 }
        Console.out(lines.joined(separator: "\n") + "\n")
    }

    /// The files given, each after the given files it refers to with `from:`, so that a
    /// reference to an agreement on the command line is to that file (changed together
    /// with it), not to the stored one. A file that cannot be read keeps its place: the
    /// loader then reports it.
    static func dependencyOrder(_ files: [String]) -> [String] {
        var pending = files.map { path -> (path: String, id: String?, references: [String]) in
            guard let text = try? InputFile.text(path, as: .agreementYAML) else { return (path, nil, []) }
            return (path, AgreementReferences.agreementID(in: text, file: path), AgreementReferences.ids(in: text, file: path))
        }
        let given = Set(pending.compactMap(\.id))
        var ordered: [String] = []
        var loaded: Set<String> = []
        while !pending.isEmpty {
            let next = pending.firstIndex { file in file.references.allSatisfy { !given.contains($0) || loaded.contains($0) || $0 == file.id } } ?? 0
            let file = pending.remove(at: next)
            ordered.append(file.path)
            if let id = file.id { loaded.insert(id) }
        }
        return ordered
    }

    /// Every feed of the planned agreements, each file once: a person's or party's feed
    /// spans all their agreements, so it is the same file whichever agreement lists it.
    private func renderFeeds(
        _ agreements: [Agreement], store: any SamkalStore, identity: MeetingIdentity, language: Language, now: UTCTimestamp
    ) async throws -> [FeedFile] {
        let rendering = FeedRendering(store: store, language: language)
        var files: [FeedFile] = []
        var names: Set<String> = []
        for agreement in agreements.sorted(by: { $0.id < $1.id }) {
            let scopes = FeedScope.all(in: agreement).filter { names.insert(identity.opaque("feed\u{0}" + $0.identityKey(agreementID: agreement.id))).inserted }
            let feeds = try await rendering.render(scopes, agreementID: agreement.id, now: now)
            for (scope, feed) in zip(scopes, feeds) {
                let label = switch scope {
                case .agreement: agreement.id
                case .party(let id): "party:\(id)"
                case .person(let id): "person:\(id)"
                }
                files.append(FeedFile(label: label, name: identity.opaque("feed\u{0}" + scope.identityKey(agreementID: agreement.id)) + ".ics", text: feed.text))
            }
        }
        return files
    }
}
