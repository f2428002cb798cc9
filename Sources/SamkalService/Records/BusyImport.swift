import SamkalCore
import SamkalPublishing
import SamkalStore

/// Imports busy time — a person's calendar export, a participant's, or a class timetable
/// (`group:CLASS`) — all or nothing: every file is checked and read before anything is
/// stored, and what a file gave before is replaced.
public struct BusyImport: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// One file as the caller read it: `text` is `nil` when it could not be read as UTF-8.
    public struct File: Sendable {
        public let owner: String
        public let path: String
        public let text: String?

        public init(owner: String, path: String, text: String?) {
            self.owner = owner
            self.path = path
            self.text = text
        }
    }

    /// What was stored: each owner's periods from each file.
    public struct Imported: Sendable {
        public let owner: String
        public let source: String
        public let periods: [BusyPeriod]
        /// Events read but giving no busy time, each with its file and line.
        public let warnings: [Diagnostic]
    }

    /// Expands every file within `from`..<`to` (seconds since 1970) and stores the lot, with
    /// `audit` naming the owners, in one transaction; or throws every problem with its file and line.
    public func run(_ files: [File], agreement: Agreement, from: Int, to: Int, audit: AuditEntry) async throws -> [Imported] {
        // Participants are read only if some file is neither a person's nor a class's.
        let needsParticipants = files.contains { agreement.people[$0.owner] == nil && !$0.owner.hasPrefix("group:") }
        let participants = needsParticipants ? Set(try await store.participants(agreementID: agreement.id).map(\.id)) : []
        var imports: [Imported] = []
        var problems: [Diagnostic] = []
        for file in files {
            let start = SourceLocation(file: file.path, line: 1, column: 1)
            guard agreement.people[file.owner] != nil || participants.contains(file.owner) || file.owner.hasPrefix("group:") else {
                problems.append(Diagnostic(location: start, field: "owner", problem: .undefinedPerson(file.owner)))
                continue
            }
            guard let text = file.text else {
                problems.append(Diagnostic(location: start, field: "", problem: .calendarFileUnreadable(path: file.path, reason: "cannot read")))
                continue
            }
            do {
                let source = String(file.path.split(separator: "/").last ?? Substring(file.path))
                let reading = try BusyCalendar.read(text, path: file.path, from: from, to: to, timeZoneID: agreement.timeZoneID)
                imports.append(Imported(owner: file.owner, source: source, periods: reading.periods, warnings: reading.warnings))
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems) }
        try await store.replaceBusy(imports.map { ($0.owner, $0.source, $0.periods) }, audit: AuditEntry(
            at: audit.at, actorID: audit.actorID, action: .importBusyTime,
            target: imports.map(\.owner).joined(separator: ","), allowed: audit.allowed, rule: audit.rule, agreementID: agreement.id
        ))
        return imports
    }
}
