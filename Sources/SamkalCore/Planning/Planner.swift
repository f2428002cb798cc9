/// What to plan: an agreement and its participants over a range of days, with everyone's
/// imported busy time and the meetings planned before, stamped and worded as asked.
public struct PlanRequest: Sendable {
    public let agreement: Agreement
    public let range: DateSpan
    /// The DTSTAMP of every event; from the caller (the agreement's revision date, a stored
    /// plan version), never read from the clock here.
    public let stamp: UTCTimestamp
    public let language: Language
    public let participants: [Participant]
    /// Imported busy time by owner: a person id, a participant id, `group:<class>`.
    public let busy: [String: [BusyInterval]]
    /// Other agreements' meetings by the owner they take here: a shared person's id, or
    /// `room:<id>` of a shared room. Busy time like `busy`; a stored meeting that now
    /// collides with one moves with `MoveReason.bookedElsewhere`. Planning one agreement
    /// never moves another's meetings.
    public let elsewhere: [String: [BusyInterval]]
    /// The meetings of the last plan version: those still possible keep their slot.
    public let previous: [PlannedMeeting]
    /// Makes each meeting's opaque UID from its logical identity (the installation's secret).
    public let identity: MeetingIdentity
    /// With a date (`plan --optimize`), stored meetings that were never sent (tentative) and
    /// dated on or after it may move to a better slot; nil: stored meetings stay unless
    /// impossible.
    public let optimizeFrom: LocalDate?

    public init(
        agreement: Agreement, range: DateSpan, stamp: UTCTimestamp, language: Language = .nb,
        participants: [Participant] = [], busy: [String: [BusyInterval]] = [:], elsewhere: [String: [BusyInterval]] = [:],
        previous: [PlannedMeeting] = [], identity: MeetingIdentity, optimizeFrom: LocalDate? = nil
    ) {
        self.elsewhere = elsewhere
        self.identity = identity
        self.optimizeFrom = optimizeFrom
        self.agreement = agreement
        self.range = range
        self.stamp = stamp
        self.language = language
        self.participants = participants
        self.busy = busy
        self.previous = previous
    }
}

/// Turns an agreement and its participants into the meetings of a date range.
///
/// Pure and deterministic: the same request gives the same plan, whatever the clock, the
/// machine or the order of the input files. Every meeting of a window that touches the
/// range is placed (so a meeting keeps its day whatever range is asked for) and only
/// those inside the range are returned. Meetings planned before keep their slot while it
/// is still possible, so planning again moves only what must move.
public enum Planner {
    public static func plan(_ request: PlanRequest) -> Plan {
        var session = PlanningSession(request)
        session.planAll()
        return session.plan()
    }
}

typealias SearchSlot = SlotSearch.Slot
