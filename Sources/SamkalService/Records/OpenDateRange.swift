import SamkalCore

/// `--from`/`--to` of a listing of records, either end optional: the days between, an open
/// end reaching far into the past or future; nil when neither is given.
public enum OpenDateRange {
    public enum Problem: Error, Sendable, Hashable {
        case toBeforeFrom
    }

    public static func span(from: LocalDate?, to: LocalDate?) throws(Problem) -> DateSpan? {
        guard from != nil || to != nil else { return nil }
        let first = from ?? LocalDate(year: 1900, month: 1, day: 1)!
        let last = to ?? LocalDate(year: 2200, month: 12, day: 31)!
        guard let span = DateSpan(first: first, last: last) else { throw .toBeforeFrom }
        return span
    }
}
