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
        let identity = try storeOptions.identity(language: language)
        if let ics { try FeedDirectory.prepare(ics, language: language) }
        var candidates: [Agreement] = order.compactMap { given[$0] }
        candidates += try await store.agreements().filter { given[$0.id] == nil }
        guard !candidates.isEmpty else { throw CommandFailure.store(.noAgreement, language) }
        // The refugee service of each agreement plans it: a file given must be the asker's;
        // of the stored ones, those the asker does not convene in stay as they are.
        var audits: [String: AuditEntry] = [:]
        var planned: [Agreement] = []
        var held: [String] = []
        for agreement in candidates {
            // Convening depends on the person's party alone, not on the participants.
            let decision = GuardedOperation.convene(.plan).decision(AccessPolicy(agreement: agreement, participants: [Participant]()), for: person)
            if decision.allowed || given[agreement.id] != nil {
                audits[agreement.id] = try await AccessGate.admit(.convene(.plan), person: person, agreement: agreement, store: store, language: language)
                planned.append(agreement)
            } else {
                held.append(agreement.id)
            }
        }
        guard !planned.isEmpty else {
            // Nothing the asker may plan: refused (and audited) as planning the first would be.
            _ = try await AccessGate.admit(.convene(.plan), person: person, agreement: candidates[0], store: store, language: language)
            return
        }
        let now = stamp ?? SystemClock.now()
        let parts: [PlanningService.RegionPart]
        do {
            parts = try await PlanningService(store: store, identity: identity).planRegion(
                planned, range: range, stamp: stamp, language: language, audits: audits, now: now, optimize: optimize
            )
        } catch PlanningError.unknownTimeZone(let zone) {
            Console.error(UserText.error(UserText.unknownTimeZone(zone).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        // Feeds are rendered before anything is written or printed.
        var feeds: [FeedFile]?
        if ics != nil { feeds = try await renderFeeds(parts.map(\.agreement), store: store, identity: identity, language: language, now: now) }
        if let directory = ics, let feeds {
            try FeedDirectory.write(feeds.map { ($0.name, $0.text) }, to: directory, language: language)
        }
        for part in parts {
            let plan = part.version.plan
            var lines = [
                "\(part.agreement.id): " + PlanVersionText.summary(part.version, language: language),
                "  " + UserText.regionPlanned(meetings: plan.meetings.count, unplaced: plan.unplaced.count).text(in: language),
            ]
            lines += PlanTable.notes(plan).map { $0.isEmpty ? "" : "  " + $0 }
            Console.out(lines.joined(separator: "\n") + "\n")
        }
        if !held.isEmpty { Console.out(UserText.regionHeld(held).text(in: language) + "\n") }
        if let directory = ics, let feeds {
            Console.out("\n" + UserText.feedFilesWritten(count: feeds.count, directory: directory).text(in: language) + "\n")
            Console.out(feeds.map { "  \($0.name)  \($0.label)\n" }.joined())
        }
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
