/// Attendance as someone gives it for a meeting — who was present, absent, or away with a
/// reason — turned into marks, with one rule added: an invitee who declined the invitation
/// for this version of the meeting (PARTSTAT=DECLINED) and is not marked otherwise was not
/// expected, and is recorded as excused. Pure.
public enum AttendanceSheet {
    /// Why the attendance as given cannot be used.
    public enum Problem: Error, Sendable, Hashable {
        /// `--excused` without `ID|reason`.
        case excuseWithoutReason(String)
        /// The same person or participant marked more than once.
        case givenTwice([String])
    }

    /// `excused` entries are `ID|reason`; ids that are not people of the agreement are
    /// participants' case ids.
    public static func marks(
        present: [String], absent: [String], excused: [String], meeting: PlannedMeeting,
        people: Set<String>, answers: ReplyBook, declinedReason: String
    ) throws(Problem) -> [AttendanceMark] {
        func mark(_ id: String, _ status: AttendanceStatus, _ reason: String?) -> AttendanceMark {
            AttendanceMark(attendeeID: id, isParticipant: !people.contains(id), status: status, reason: reason)
        }
        var marks = present.map { mark($0, .present, nil) } + absent.map { mark($0, .absent, nil) }
        for entry in excused {
            let parts = entry.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { throw .excuseWithoutReason(entry) }
            marks.append(mark(parts[0], .excused, parts[1]))
        }
        let duplicates = Dictionary(grouping: marks, by: \.attendeeID).filter { $0.value.count > 1 }.keys.sorted()
        guard duplicates.isEmpty else { throw .givenTwice(duplicates) }
        let marked = Set(marks.map(\.attendeeID))
        for attendee in meeting.attendees where !marked.contains(attendee.id) && answers.answer(of: attendee.id, to: meeting) == .declined {
            marks.append(mark(attendee.id, .excused, declinedReason))
        }
        return marks
    }
}
