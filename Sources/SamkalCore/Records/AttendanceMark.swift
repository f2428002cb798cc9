/// Oppmøte: whether someone came to a meeting.
public enum AttendanceStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Møtt.
    case present
    /// Fravær uten gyldig grunn.
    case absent
    /// Gyldig fravær (with a reason).
    case excused

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.present, .nb): "møtt"
        case (.present, .nn): "møtt"
        case (.present, .en): "present"
        case (.absent, .nb): "fravær"
        case (.absent, .nn): "fråvær"
        case (.absent, .en): "absent"
        case (.excused, .nb): "gyldig fravær"
        case (.excused, .nn): "gyldig fråvær"
        case (.excused, .en): "excused"
        }
    }
}

/// One attendee's attendance at one meeting: a staff member (person id) or the participant.
public struct AttendanceMark: Sendable, Hashable, Codable {
    /// A person id from the agreement, or the participant's case id.
    public let attendeeID: String
    public let isParticipant: Bool
    public let status: AttendanceStatus
    /// Required for `excused`.
    public let reason: String?

    public init(attendeeID: String, isParticipant: Bool, status: AttendanceStatus, reason: String?) {
        self.attendeeID = attendeeID
        self.isParticipant = isParticipant
        self.status = status
        self.reason = reason
    }
}
