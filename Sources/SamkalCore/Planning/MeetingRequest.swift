/// One meeting the agreement asks for, before it has a day: its identity, who must come,
/// what it needs (interpreter, room) and the days it may fall on.
struct MeetingRequest: Sendable {
    /// The opaque UID (a keyed hash of `key`): what calendars, mail and files see.
    let uid: String
    /// The logical identity: agreement, kind and period (`…-threeWayMeeting-D-0042-early`).
    /// Never leaves samkal; it orders the work, so the plan does not depend on the key.
    let key: String
    let kind: MeetingKind
    let period: String
    let title: String
    let agenda: [String]
    let convenerID: String
    /// Staff who attend, convener first.
    let attendeeIDs: [String]
    let participantID: String?
    /// Further calendars that must be free and are booked: the participant.
    let extraBusyOwners: [String]
    /// Calendars that must be free but are shared, so never booked: the class timetable.
    let sharedBusyOwners: [String]
    /// Book an interpreter speaking this language.
    let interpreterLanguage: String?
    /// Book a room (the agreement has rooms and this is a participant meeting).
    let needsRoom: Bool
    let window: DateSpan
    /// The day a series puts it on; days nearer to it are preferred. Else the earliest day.
    let nominalDate: LocalDate?
    let preferredWeekday: Weekday?
    let preferredTime: LocalTime
    let durationMinutes: Int
    let location: String
    let avoidSchoolHolidays: Bool
    /// Days the participant cannot meet (holiday; leave for team and three-way meetings).
    let blocked: [DateSpan]
    /// How slots compare (participant meetings; agreement-level ones use the legacy order).
    var ranking: Ranking = .dayFirst
    /// Registry keys of `busyOwners` and `checkedOwners`, set by the planning session.
    var bookedKeys: [Int] = []
    var checkedKeys: [Int] = []

    /// A stable number from the logical identity (FNV-1a), so pools (rooms, interpreters) are searched
    /// from different starting points: spreads the load, and the same input gives the
    /// same plan (Swift's own hash is seeded per process).
    /// Set once by the planning session (`spread(of: key)`), read on every slot tried.
    var spread = 0

    static func spread(of key: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return Int(hash >> 1)
    }

    /// The registry keys of the staff who attend (the first `attendeeIDs.count` booked keys).
    var attendeeKeys: ArraySlice<Int> { bookedKeys.prefix(attendeeIDs.count) }

    /// Everyone the meeting books: staff, then the participant.
    var busyOwners: [String] { attendeeIDs + extraBusyOwners }

    /// Every calendar that must be free: those booked and the shared ones.
    var checkedOwners: [String] { busyOwners + sharedBusyOwners }

    /// People in the room: staff, the participant, an interpreter.
    var headCount: Int {
        attendeeIDs.count + (participantID == nil || !kind.participantAttends ? 0 : 1) + (interpreterLanguage == nil ? 0 : 1)
    }

    func isBlocked(_ date: LocalDate) -> Bool {
        blocked.contains { $0.contains(date) }
    }
}
