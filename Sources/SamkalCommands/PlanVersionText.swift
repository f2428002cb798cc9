import SamkalCore
import SamkalStore

/// One-line and itemised descriptions of a stored plan version.
enum PlanVersionText {
    static func summary(_ version: PlanVersion, language: Language) -> String {
        var added = 0, moved = 0, cancelled = 0, restored = 0
        for change in version.changes {
            switch change.kind {
            case .added: added += 1
            case .moved: moved += 1
            case .cancelled: cancelled += 1
            case .restored: restored += 1
            }
        }
        return UserText.planVersionSummary(number: version.number, added: added, moved: moved, cancelled: cancelled, restored: restored)
            .text(in: language)
    }
}
