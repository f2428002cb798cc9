/// How the planner weighs one slot of a meeting about a participant against another: the
/// objective the plan is made and repaired for, as one number per meeting (lower is better).
///
/// The objective is lexicographic over a plan: first place every meeting that can be
/// placed, then keep the total distance from the nominal days small (in working days), then
/// hold as many meetings as possible at the preferred time. A meeting's cost is
/// `distance × dayWeight + (preferred time ? 0 : 1)`; an unplaced meeting costs
/// `unplacedCost`. Every step of the search changes a handful of meetings, far fewer than
/// `dayWeight`, so comparing sums of costs compares plans in exactly that order.
///
/// With `prefer: time` (`timeFirst`) an agreement puts the preferred time first again
/// within a bound: a slot at the preferred time no more than `withinDays` working days
/// from the nominal day beats every other slot; beyond that, the day comes first as above.
enum Ranking: Sendable, Hashable {
    case dayFirst
    case timeFirst(withinDays: Int)

    init(_ preference: ParticipantPreference) {
        switch preference {
        case .day: self = .dayFirst
        case .time(let days): self = .timeFirst(withinDays: days)
        }
    }

    static let dayWeight = 1 << 10
    /// The step between "the preferred time within the bound" and everything else.
    static let tierWeight = 1 << 32
    static let unplacedCost = 1 << 52

    /// The cost of a slot `distance` working days from the nominal day, at the preferred
    /// time or not.
    func cost(distance: Int, preferred: Bool) -> Int {
        let base = distance * Self.dayWeight + (preferred ? 0 : 1)
        switch self {
        case .dayFirst: return base
        case .timeFirst(let bound): return (preferred && distance <= bound ? 0 : Self.tierWeight) + base
        }
    }
}
