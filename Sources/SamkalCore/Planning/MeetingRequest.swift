/// One meeting the agreement asks for, before it has a day: its identity, who must come,
/// what it needs (interpreter, room) and the days it may fall on.
struct MeetingRequest: Sendable {
    let uid: String
    let kind: MeetingKind
    let period: String
    let title: String
    let agenda: [String]
    let convenerID: String
    /// Staff who attend, convener first.
    let attendeeIDs: [String]
    let participantID: String?
    /// Further calendars that must be free: the participant, their class group.
    let extraBusyOwners: [String]
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

    /// Everyone whose calendar must be free: staff, then participant and class group.
    var busyOwners: [String] { attendeeIDs + extraBusyOwners }

    /// People in the room: staff, the participant, an interpreter.
    var headCount: Int {
        attendeeIDs.count + (participantID == nil ? 0 : 1) + (interpreterLanguage == nil ? 0 : 1)
    }

    func isBlocked(_ date: LocalDate) -> Bool {
        blocked.contains { $0.contains(date) }
    }
}
