/// The days a plan is asked for (`samkal plan --from --to`, `POST /plans`), checked in one
/// place: two dates, the last not before the first, both in years whose public holidays
/// are known.
public enum PlanningRange {
    /// Why a range cannot be planned, as the sentence the asker is told.
    public struct Problem: Error, Sendable, Hashable {
        public let text: UserText
    }

    public static func parse(from: String, to: String) -> Result<DateSpan, Problem> {
        guard let first = LocalDate(iso: from) else { return .failure(Problem(text: .invalidDateFormat(flag: "--from", value: from))) }
        guard let last = LocalDate(iso: to) else { return .failure(Problem(text: .invalidDateFormat(flag: "--to", value: to))) }
        guard let range = DateSpan(first: first, last: last) else { return .failure(Problem(text: .toBeforeFromValues(from: from, to: to))) }
        guard NorwegianHolidays.supportedYears.contains(first.year), NorwegianHolidays.supportedYears.contains(last.year) else {
            return .failure(Problem(text: .yearsOutOfRange))
        }
        return .success(range)
    }
}
