/// The lines under a plan's table: its warnings, each with the title of the meeting it is
/// about, and the meetings it could not place — in the plan's language. `plan --all` shows
/// them for each agreement, from a plan made here or one a server answered with.
public struct PlanNotes: Sendable, Hashable {
    public struct Warning: Sendable, Hashable {
        /// The title of the meeting the warning is about; nil for the whole plan.
        public let meeting: String?
        public let message: String

        public init(meeting: String?, message: String) {
            self.meeting = meeting
            self.message = message
        }
    }

    public let warnings: [Warning]
    public let unplaced: [PlanSheet.Unplaced]

    public init(warnings: [Warning], unplaced: [PlanSheet.Unplaced]) {
        self.warnings = warnings
        self.unplaced = unplaced
    }

    /// The notes of a plan just made, in its language, without building its whole sheet.
    public init(_ plan: Plan) {
        let warned = Set(plan.warnings.compactMap(\.uid))
        var titles: [String: String] = [:]
        for meeting in plan.meetings where warned.contains(meeting.uid) { titles[meeting.uid] = meeting.title }
        warnings = plan.warnings.map { Warning(meeting: $0.uid.flatMap { titles[$0] }, message: $0.note.message(in: plan.language)) }
        unplaced = plan.unplaced.map { PlanSheet.Unplaced(title: $0.title, reason: $0.note.message(in: plan.language)) }
    }

    public init(_ sheet: PlanSheet) {
        // Titles by UID, looked up once each (a year's plan can carry thousands of warnings).
        let warned = Set(sheet.warnings.compactMap(\.uid))
        var titles: [String: String] = [:]
        for meeting in sheet.meetings where warned.contains(meeting.uid) { titles[meeting.uid] = meeting.title }
        warnings = sheet.warnings.map { Warning(meeting: $0.uid.flatMap { titles[$0] }, message: $0.message) }
        unplaced = sheet.unplaced
    }
}
