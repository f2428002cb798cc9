import SamkalCore

/// Attendance across participants: by party or by meeting kind.
public enum AttendanceScope: Sendable, Hashable {
    case party(String)
    case kind(MeetingKind)
    case all
}

/// Rows for the participants the asker may see, and how many were withheld.
public struct AttendanceOverview: Sendable, Hashable {
    public let rows: [AttendanceSummary]
    public let hidden: Int
    /// Participants whose row counts only the meetings the asker convened (she follows
    /// none of them; `AccessPolicy.attendanceAccess`).
    public var onlyConvened: [String] = []
}
