import SamkalCore
import SamkalStore

extension PlanningService {
    /// What `samkal plan` asks for one agreement, from the command line or the API.
    public struct Request: Sendable {
        public let range: DateSpan
        /// Every event's DTSTAMP, and when the version is recorded as made; nil: the
        /// agreement's `revised` date (or the range's first day) and now.
        public let stamp: UTCTimestamp?
        /// Participants from a CSV file (its text, and its name for problems) instead of
        /// the stored ones.
        public let participantsFile: (text: String, name: String)?
        public let dryRun: Bool
        public let optimize: Bool
        public let language: Language

        public init(
            range: DateSpan, stamp: UTCTimestamp?, participantsFile: (text: String, name: String)?, dryRun: Bool, optimize: Bool,
            language: Language
        ) {
            self.range = range
            self.stamp = stamp
            self.participantsFile = participantsFile
            self.dryRun = dryRun
            self.optimize = optimize
            self.language = language
        }
    }

    /// Plans `agreement` as `person` asks: the refugee service is let in (it convenes the
    /// meetings, and the plan holds its participants), a participants file is read, and only
    /// then is anything planned or stored. A refusal is `AccessRefused`; a file's problems
    /// `DiagnosticsError`, nothing stored.
    public func plan(
        _ agreement: Agreement, _ request: Request, as person: String, now: UTCTimestamp,
        preparing: (@Sendable (Plan) -> String)? = nil
    ) async throws -> Outcome {
        let audit = try await AccessGuard(store: store).admit(.convene(.plan), by: person, on: agreement, now: now)
        let given = try request.participantsFile.map { file in
            try ParticipantCSV.parse(file.text, file: file.name, knownPeople: Set(agreement.people.keys))
        }
        return try await plan(
            agreement, range: request.range, stamp: request.stamp ?? UTCTimestamp(date: agreement.revised ?? request.range.first),
            language: request.language, participants: given, record: !request.dryRun, audit: audit, now: request.stamp ?? now,
            optimize: request.optimize, preparing: preparing
        )
    }
}
