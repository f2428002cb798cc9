import SamkalCore

/// Which meetings `samkal meetings` lists. Without dates: from today (in the agreement's
/// time zone) for `defaultWeeks` weeks; with only `from`, `defaultWeeks` weeks from it;
/// with only `to`, from today to it.
public struct MeetingFilter: Sendable, Hashable {
    /// Weeks a listing covers when no end is given: two months ahead, what a convener
    /// plans minutes and invitations for.
    public static let defaultWeeks = 8

    public var from: LocalDate?
    public var to: LocalDate?
    public var kind: MeetingKind?
    /// Meetings about this participant, and the information meetings they are expected at.
    public var participantID: String?
    /// Only meetings the asker attends or convenes.
    public var mine: Bool

    public init(from: LocalDate? = nil, to: LocalDate? = nil, kind: MeetingKind? = nil, participantID: String? = nil, mine: Bool = false) {
        self.from = from
        self.to = to
        self.kind = kind
        self.participantID = participantID
        self.mine = mine
    }

    /// Dates that give no days to list.
    public enum Problem: Error, Sendable, Hashable {
        case toBeforeFrom(from: LocalDate, to: LocalDate)
    }

    /// The days listed, given today; `nil` when `to` comes before the first day.
    public func span(today: LocalDate) -> DateSpan? {
        let first = from ?? today
        return DateSpan(first: first, last: to ?? first.adding(days: 7 * Self.defaultWeeks - 1))
    }
}

/// What a meeting listing found: the days it covered and the meetings, by day and time.
public struct MeetingList: Sendable, Hashable {
    public let range: DateSpan
    public let meetings: [ListedMeeting]
}
