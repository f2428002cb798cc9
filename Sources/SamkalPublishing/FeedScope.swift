import SamkalCore

/// Whose calendar a feed is: one person's, one party's, or the whole agreement's.
public enum FeedScope: Sendable, Hashable, Codable {
    case agreement
    case party(String)
    case person(String)

    /// Every feed of an agreement: the agreement's, each party's and each person's, in a stable order.
    public static func all(in agreement: Agreement) -> [FeedScope] {
        [.agreement] + agreement.parties.map(\.id).sorted().map(FeedScope.party)
            + agreement.sortedPeople.map(\.id).map(FeedScope.person)
    }

    /// What the feed's opaque file name is derived from (with the installation's secret):
    /// a person's and a party's are the same in every agreement (one calendar), an
    /// agreement's names the agreement (several share a directory).
    public func identityKey(agreementID: String) -> String {
        switch self {
        case .agreement: "agreement\u{0}" + agreementID
        case .party(let id): "party\u{0}" + id
        case .person(let id): "person\u{0}" + id
        }
    }

    /// Who the feed is for, as the need-to-know rule sees it; the rule also decides which
    /// meetings are in it (`AccessPolicy.disclosure`).
    public var viewer: Viewer {
        switch self {
        case .agreement: .agreement
        case .party(let id): .party(id)
        case .person(let id): .person(id)
        }
    }
}
