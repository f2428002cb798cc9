/// What an invitation message asks of its recipient (the iTIP METHOD, RFC 5546).
public enum InvitationMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Innkalling: a new meeting, or a changed one (with a higher SEQUENCE).
    case request
    /// Avlysning: the meeting is cancelled, or the recipient is no longer invited.
    case cancel
}
