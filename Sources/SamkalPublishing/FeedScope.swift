import SamkalCore

/// Whose calendar a feed is: one person's, one party's, or the whole agreement's.
public enum FeedScope: Sendable, Hashable, Codable {
    case agreement
    case party(String)
    case person(String)

    /// The file name `samkal plan --ics DIR` writes the feed to.
    public var fileName: String {
        switch self {
        case .agreement: "agreement.ics"
        case .party(let id): "party-\(id).ics"
        case .person(let id): "person-\(id).ics"
        }
    }

    /// Whether the meeting belongs in this feed.
    public func includes(_ meeting: PlannedMeeting) -> Bool {
        switch self {
        case .agreement: true
        case .party(let id): meeting.involves(partyID: id)
        case .person(let id): meeting.involves(personID: id)
        }
    }
}
