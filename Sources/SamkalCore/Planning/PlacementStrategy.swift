/// How a planning session places the meetings about participants.
public enum PlacementStrategy: Sendable {
    /// The planner: most constrained first at the cheapest slot (`Ranking`), then repair.
    case ranked
    /// Window order, the preferred hour within three calendar days first, no repair: the
    /// planner before issue #14, kept only so the benchmark can compare against it.
    case greedy
}
