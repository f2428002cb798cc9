import SamkalCore

/// What an invitation email says, taken from the calendar object it carries (so the mail
/// can never show more than the recipient's need-to-know view of the meeting).
public struct InvitationContent: Sendable, Hashable {
    public var method: InvitationMethod
    /// A REQUEST with SEQUENCE above 0: the meeting has changed since the last invitation.
    public var isUpdate: Bool
    public var title: String
    public var date: LocalDate
    public var start: LocalTime
    public var end: LocalTime
    public var location: String
    public var description: String
    public var recipientName: String
    public var convenerName: String
    public var convenerParty: String

    public init(
        method: InvitationMethod, isUpdate: Bool, title: String, date: LocalDate, start: LocalTime, end: LocalTime,
        location: String, description: String, recipientName: String, convenerName: String, convenerParty: String
    ) {
        self.method = method
        self.isUpdate = isUpdate
        self.title = title
        self.date = date
        self.start = start
        self.end = end
        self.location = location
        self.description = description
        self.recipientName = recipientName
        self.convenerName = convenerName
        self.convenerParty = convenerParty
    }
}
