/// How good a plan is against what the calendar allows, for the meetings about
/// participants: distance from the nominal days in working days, next to the lower bound
/// (each meeting alone at its best slot that outside busy time leaves open), the share at
/// the preferred time, how many meetings could still move alone to a better slot, and the
/// unplaced split into those no plan could place and the rest.
public struct PlanQuality: Sendable {
    public struct Kind: Sendable, Hashable {
        public var meetings = 0
        public var placed = 0
        /// Working days from the nominal day, summed over placed meetings.
        public var distance = 0
        /// The lower bound of `distance` over the same meetings.
        public var lowerBound = 0
        public var preferred = 0

        public init() {}
    }

    /// By meeting kind (participant meetings only).
    public var byKind: [MeetingKind: Kind] = [:]
    public var distance = 0
    public var lowerBound = 0
    public var preferred = 0
    public var placed = 0
    /// Placed meetings that a cheaper free slot exists for, all else staying.
    public var improvableAlone = 0
    /// Unplaced because no slot is open even with every other meeting of the plan away
    /// (or a role is missing): no planner could place them.
    public var unplacedImpossible = 0
    /// Unplaced because more meetings need one person within the same days than those
    /// days hold, a count no plan can beat (each proof is a person, a span of days and the
    /// meetings whose windows lie inside it; proofs share no meeting).
    public var unplacedOverCapacity = 0
    public var unplacedOther = 0
    /// The UIDs of the other unplaced meetings (neither impossible nor over capacity), in
    /// position order; their notes are in the plan.
    public var unplacedOtherUIDs: [String] = []
    public var repair = RepairReport()

    public init() {}
}
