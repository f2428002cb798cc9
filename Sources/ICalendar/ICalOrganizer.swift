/// The ORGANIZER property: who convenes the meeting.
public struct ICalOrganizer: Sendable, Hashable, Codable {
    /// The address without the `mailto:` scheme.
    public var email: String
    /// CN, the display name.
    public var commonName: String?

    public init(email: String, commonName: String? = nil) {
        self.email = email
        self.commonName = commonName
    }
}
