/// ROLE: what an attendee is expected to do at the meeting.
public enum ICalParticipationRole: String, Sendable, Hashable, Codable, CaseIterable {
    case chair = "CHAIR"
    case required = "REQ-PARTICIPANT"
    case optional = "OPT-PARTICIPANT"
    case nonParticipant = "NON-PARTICIPANT"
}

/// PARTSTAT: the attendee's answer.
public enum ICalParticipationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case needsAction = "NEEDS-ACTION"
    case accepted = "ACCEPTED"
    case declined = "DECLINED"
    case tentative = "TENTATIVE"
    case delegated = "DELEGATED"
}

/// CUTYPE: what kind of calendar user the address belongs to.
public enum ICalCalendarUserType: String, Sendable, Hashable, Codable, CaseIterable {
    case individual = "INDIVIDUAL"
    case group = "GROUP"
    case resource = "RESOURCE"
    case room = "ROOM"
}

/// One ATTENDEE property.
public struct ICalAttendee: Sendable, Hashable, Codable {
    /// The address without the `mailto:` scheme.
    public var email: String
    /// CN, the display name.
    public var commonName: String?
    public var role: ICalParticipationRole
    public var participationStatus: ICalParticipationStatus
    /// RSVP: whether an answer is requested.
    public var rsvp: Bool
    public var userType: ICalCalendarUserType?

    public init(
        email: String,
        commonName: String? = nil,
        role: ICalParticipationRole = .required,
        participationStatus: ICalParticipationStatus = .needsAction,
        rsvp: Bool = false,
        userType: ICalCalendarUserType? = nil
    ) {
        self.email = email
        self.commonName = commonName
        self.role = role
        self.participationStatus = participationStatus
        self.rsvp = rsvp
        self.userType = userType
    }
}
