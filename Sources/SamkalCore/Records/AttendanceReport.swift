/// Oppmøteoversikt for one participant: meetings planned, held and attended.
public struct AttendanceSummary: Sendable, Hashable, Codable {
    public let participantID: String
    /// Meetings the participant was expected at (not cancelled), up to the report's day.
    public var planned: Int
    /// Those with minutes recorded.
    public var held: Int
    public var attended: Int
    public var missed: Int
    public var excused: Int
    public var openActionItems: Int

    public init(participantID: String, planned: Int = 0, held: Int = 0, attended: Int = 0, missed: Int = 0, excused: Int = 0, openActionItems: Int = 0) {
        self.participantID = participantID
        self.planned = planned
        self.held = held
        self.attended = attended
        self.missed = missed
        self.excused = excused
        self.openActionItems = openActionItems
    }

    /// Attended ÷ (attended + missed): excused absence does not count against the participant.
    public var rate: Double? {
        let counted = attended + missed
        return counted == 0 ? nil : Double(attended) / Double(counted)
    }
}

/// Computes attendance from meetings and the latest minutes of each. Pure.
public enum AttendanceReport {
    /// The meetings a participant is expected at: their own meetings, and the information
    /// meetings for all participants held during their programme period.
    public static func expects(_ meeting: PlannedMeeting, participant: Participant) -> Bool {
        guard meeting.status != .cancelled else { return false }
        if meeting.participantID == participant.id { return true }
        return meeting.kind == .infoMeeting
            && meeting.date >= participant.programmeStart && meeting.date <= participant.lastDay
    }

    public static func summary(
        for participant: Participant,
        meetings: [PlannedMeeting],
        latestMinutes: [String: MinutesRecord],
        openActionItems: Int
    ) -> AttendanceSummary {
        var summary = AttendanceSummary(participantID: participant.id, openActionItems: openActionItems)
        for meeting in meetings where expects(meeting, participant: participant) {
            summary.planned += 1
            guard let minutes = latestMinutes[meeting.uid] else { continue }
            summary.held += 1
            let mark = minutes.attendance.first { $0.isParticipant && $0.attendeeID == participant.id }
            switch mark?.status {
            case .present?: summary.attended += 1
            case .absent?: summary.missed += 1
            case .excused?: summary.excused += 1
            case nil: break
            }
        }
        return summary
    }
}
