import SamkalCore
import SamkalService
import SamkalStore

/// One-line and itemised descriptions of a stored plan version.
enum PlanVersionText {
    static func summary(_ version: PlanVersion, language: Language) -> String {
        summary(number: version.number, changes: version.changes.map(\.kind), language: language)
    }

    /// A version as the server described it (the command line against a server).
    static func summary(_ version: PlanChangeListing.Version, language: Language) -> String {
        summary(number: version.number, changes: version.changes.map(\.kind), language: language)
    }

    /// The summary of version `number` with `changes` of these kinds.
    static func summary(number: Int64, changes: [MeetingChange.Kind], language: Language) -> String {
        var added = 0, moved = 0, cancelled = 0, restored = 0
        for change in changes {
            switch change {
            case .added: added += 1
            case .moved: moved += 1
            case .cancelled: cancelled += 1
            case .restored: restored += 1
            }
        }
        return UserText.planVersionSummary(number: number, added: added, moved: moved, cancelled: cancelled, restored: restored)
            .text(in: language)
    }
}
