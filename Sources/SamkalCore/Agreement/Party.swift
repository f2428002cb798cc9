/// A party (etat) to the agreement, with its leader and contact persons.
public struct Party: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let kind: PartyKind
    public let name: String
    /// The person id of the party's leader.
    public let leaderID: String?
    /// Person ids of everyone in the party, leader first, in file order.
    public let memberIDs: [String]

    public init(id: String, kind: PartyKind, name: String, leaderID: String?, memberIDs: [String]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.leaderID = leaderID
        self.memberIDs = memberIDs
    }
}
