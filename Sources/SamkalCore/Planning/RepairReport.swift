/// What the repair after construction did: passes over the plan, meetings moved alone,
/// pairs swapped, unplaced meetings rescued by moving others, and the work it took.
public struct RepairReport: Sendable, Hashable {
    public var passes = 0
    public var moves = 0
    public var swaps = 0
    public var chains = 0
    /// Slots tried (the budget's unit).
    public var probes = 0
    /// The budget ran out before no step could improve the plan.
    public var exhausted = false

    public init() {}

    mutating func add(_ other: RepairReport) {
        passes += other.passes
        moves += other.moves
        swaps += other.swaps
        chains += other.chains
        probes += other.probes
        exhausted = exhausted || other.exhausted
    }
}
