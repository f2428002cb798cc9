import SamkalCore

extension BusyImport {
    /// What the command line shows of one file read in: whose it is, from where, how many
    /// periods, and the events that gave no busy time.
    public struct Summary: Sendable, Hashable {
        public let owner: String
        public let source: String
        public let count: Int
        public let warnings: [Diagnostic]

        public init(owner: String, source: String, count: Int, warnings: [Diagnostic]) {
            self.owner = owner
            self.source = source
            self.count = count
            self.warnings = warnings
        }
    }

    /// `busy import` as the refugee service of `agreementID` (or the only agreement): the
    /// asker admitted first (a refusal is audited), then every file expanded within
    /// `first`…`last` (by default a year back and three years on from today in the
    /// agreement's zone) and stored in one transaction, or every problem thrown
    /// (`DiagnosticsError`) and nothing stored.
    public func record(
        _ files: [File], agreementID: String?, first: LocalDate?, last: LocalDate?, as person: String, now: UTCTimestamp
    ) async throws -> [Summary] {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        let audit = try await AccessGuard(store: store).admit(.convene(.importBusyTime), by: person, on: agreement, now: now)
        let zone = ZonedTime(zoneID: agreement.timeZoneID) ?? ZonedTime(zoneID: "UTC")!
        let today = zone.date(at: now)
        let midnight = LocalTime(minutes: 0)!
        let from = zone.secondsSince1970(on: first ?? today.adding(days: -366), at: midnight)
        let to = zone.secondsSince1970(on: (last ?? today.adding(days: 3 * 366)).adding(days: 1), at: midnight)
        return try await run(files, agreement: agreement, from: from, to: to, audit: audit).map { imported in
            Summary(owner: imported.owner, source: imported.source, count: imported.periods.count, warnings: imported.warnings)
        }
    }
}
