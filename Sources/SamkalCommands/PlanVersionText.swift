import SamkalCore
import SamkalStore

/// One-line and itemised descriptions of a stored plan version.
enum PlanVersionText {
    static func summary(_ version: PlanVersion, language: Language) -> String {
        let counts = Dictionary(grouping: version.changes, by: \.kind).mapValues(\.count)
        let added = counts[.added] ?? 0
        let moved = counts[.moved] ?? 0
        let cancelled = counts[.cancelled] ?? 0
        let restored = counts[.restored] ?? 0
        return UserText.planVersionSummary(number: version.number, added: added, moved: moved, cancelled: cancelled, restored: restored)
            .text(in: language)
    }
}
