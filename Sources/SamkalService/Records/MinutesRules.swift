import SamkalCore
import SamkalStore

/// What makes minutes acceptable, and which meetings a listing shows: decided here, for every store.
enum MinutesRules {
    /// Attendance may only be given for those expected: the invited staff, the meeting's
    /// participant, or (for an information meeting) participants in the programme that day.
    /// An excused absence needs a reason.
    /// Attendance is what happened: none before the meeting has started (notes before it,
    /// such as an agenda, are fine).
    static func validateAttendance(_ marks: [AttendanceMark], meeting: PlannedMeeting, policy: AccessPolicy, timeZoneID: String, now: UTCTimestamp) throws {
        if !marks.isEmpty, let zone = ZonedTime(zoneID: timeZoneID),
           zone.secondsSince1970(on: meeting.date, at: meeting.start) > now.secondsSince1970 {
            throw StoreError.attendanceBeforeMeeting(meetingUID: meeting.uid, date: meeting.date.description, start: meeting.start.description)
        }
        for mark in marks {
            if mark.status == .excused, (mark.reason ?? "").isEmpty {
                throw StoreError.excuseWithoutReason(mark.attendeeID)
            }
            let expected: Bool
            if mark.isParticipant {
                expected = policy.participants[mark.attendeeID].map { AttendanceReport.expects(meeting, participant: $0) } ?? false
            } else {
                expected = meeting.involves(personID: mark.attendeeID)
            }
            guard expected else {
                if mark.isParticipant, policy.participants[mark.attendeeID] == nil {
                    // Not a typo of someone not invited: only those the meeting expects are suggested.
                    let expectedIDs = policy.participants.values.filter { AttendanceReport.expects(meeting, participant: $0) }.map(\.id)
                        + meeting.attendees.map(\.id)
                    throw StoreError.unknownAttendee(
                        attendeeID: mark.attendeeID, suggestion: IdentifierSuggestion.closest(to: mark.attendeeID, among: expectedIDs)
                    )
                }
                throw StoreError.notAnAttendee(meetingUID: meeting.uid, attendeeID: mark.attendeeID)
            }
        }
    }

    /// Whether a meeting with minutes belongs in a listing for `personID`: the filter's kind,
    /// dates, open action items and participant, and the need-to-know rule.
    static func lists(
        _ meeting: PlannedMeeting, filter: MinutesFilter, openItems: Int, policy: AccessPolicy, as personID: String
    ) -> Bool {
        if let kind = filter.kind, meeting.kind != kind { return false }
        if let range = filter.range, !range.contains(meeting.date) { return false }
        if filter.withOpenActionItems, openItems == 0 { return false }
        if let participantID = filter.participantID {
            guard let participant = policy.participants[participantID], AttendanceReport.expects(meeting, participant: participant) else {
                return false
            }
        }
        return policy.canRead(meeting: meeting, as: personID).allowed
    }
}

extension AttendanceScope {
    /// Whether an attendance overview of this scope counts the meeting.
    func includes(_ meeting: PlannedMeeting) -> Bool {
        switch self {
        case .party(let id): meeting.involves(partyID: id)
        case .kind(let kind): meeting.kind == kind
        case .all: true
        }
    }
}
