/// How often and when the meetings about each participant are held. Every value has a
/// default from IMDi's guidance (ARCHITECTURE.md, "The domain in brief"), so an agreement only states what differs.
public struct ParticipantMeetingRules: Sendable, Hashable, Codable {
    /// Trekantsamtaler: participant, programme advisor and NAV advisor.
    public struct ThreeWay: Sendable, Hashable, Codable {
        /// The first one within this many weeks of the programme start.
        public var firstWithinWeeks = 6
        /// Then every this many weeks while the final goal is work (0: none).
        public var everyWeeks = 26
        /// And this many months before the programme ends (in good time before the end).
        public var beforeEndMonths = [6, 3]
        public var durationMinutes = 60

        public init() {}
    }

    /// Tverrfaglig teammøte with the members the participant's needs call for.
    public struct Team: Sendable, Hashable, Codable {
        public var everyWeeks = 12
        public var durationMinutes = 60

        public init() {}
    }

    /// Oppfølging i foreldrepermisjon: from the fourth month of leave.
    public struct LeaveFollowUp: Sendable, Hashable, Codable {
        /// The month of leave follow-up starts in (4: after three months).
        public var fromMonth = 4
        public var everyWeeks = 4
        public var durationMinutes = 45

        public init() {}
    }

    /// Overgangsmøte before the programme ends.
    public struct Transition: Sendable, Hashable, Codable {
        public var weeksBeforeEnd = 8
        public var durationMinutes = 60

        public init() {}
    }

    public var threeWay = ThreeWay()
    public var team = Team()
    public var leaveFollowUp = LeaveFollowUp()
    public var transition = Transition()
    /// Preferred start time.
    public var time = LocalTime(hour: 10, minute: 0)!
    /// Where meetings are held when no room is booked.
    public var location = "Flyktningtjenesten"
    /// Minutes kept free between two meetings of the same person or room.
    public var bufferMinutes = 15
    /// Nearest day or preferred time first (`prefer:`).
    public var preference: ParticipantPreference = .day

    public init() {}

    /// Reads rules stored before `preference` existed too: they get `.day`, what the
    /// agreement file gives when it has no `prefer:`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        threeWay = try container.decode(ThreeWay.self, forKey: .threeWay)
        team = try container.decode(Team.self, forKey: .team)
        leaveFollowUp = try container.decode(LeaveFollowUp.self, forKey: .leaveFollowUp)
        transition = try container.decode(Transition.self, forKey: .transition)
        time = try container.decode(LocalTime.self, forKey: .time)
        location = try container.decode(String.self, forKey: .location)
        bufferMinutes = try container.decode(Int.self, forKey: .bufferMinutes)
        preference = try container.decodeIfPresent(ParticipantPreference.self, forKey: .preference) ?? .day
    }
}
