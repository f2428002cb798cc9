import SamkalCore

/// One row of `planChange` as both stores keep it: what kind of change, why, and the
/// meeting's time, place, attendees, SEQUENCE and STATUS before it (none for an addition).
struct StoredChange {
    var uid: String
    var kind: String
    var reason: String?
    var moveReason: String?
    var beforeDay: Int?
    var beforeStartMinute: Int?
    var beforeEndMinute: Int?
    var beforeLocation: String?
    var beforeAttendees: String?
    var beforeSequence: Int?
    var beforeStatus: String?

    /// The change, with the meeting as it now stands as `after` (the latest version's
    /// `after` is the current state); nil when the row cannot be read.
    func change(after: PlannedMeeting) throws -> MeetingChange? {
        guard let kind = MeetingChange.Kind(rawValue: kind) else { return nil }
        var before: PlannedMeeting?
        if let beforeDay, let start = beforeStartMinute.flatMap(LocalTime.init(minutes:)), let end = beforeEndMinute.flatMap(LocalTime.init(minutes:)) {
            var was = after
            was.date = LocalDate(dayNumber: beforeDay)
            was.start = start
            was.end = end
            was.location = beforeLocation ?? after.location
            let ids = (beforeAttendees ?? "").split(separator: MeetingRows.separator).map(String.init)
            let known = Dictionary(after.attendees.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            was.attendees = ids.map { known[$0] ?? MeetingAttendee(id: $0, name: $0, email: "", partyID: "", role: .other, isConvener: false) }
            was.sequence = beforeSequence ?? after.sequence
            was.status = beforeStatus.flatMap(MeetingStatus.init(rawValue:)) ?? after.status
            before = was
        }
        return MeetingChange(
            uid: after.uid, kind: kind, reason: reason.flatMap(MeetingChange.Reason.init(rawValue:)),
            moveReason: try moveReason.map { try StoredJSON.decode(MoveReason.self, from: $0) }, before: before, after: after
        )
    }
}
