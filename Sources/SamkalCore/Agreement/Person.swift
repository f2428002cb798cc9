/// A named person in the agreement: a leader, a contact person, an advisor, an interpreter.
public struct Person: Sendable, Hashable, Codable, Identifiable {
    /// Stable id used in the agreement file, feeds and the store (never a national id number).
    public let id: String
    public let name: String
    public let email: String
    public let role: PersonRole
    /// The id of the party the person belongs to.
    public let partyID: String
    /// Languages spoken (for interpreters), as BCP 47 / ISO 639 codes.
    public let languages: [String]

    public init(id: String, name: String, email: String, role: PersonRole, partyID: String, languages: [String] = []) {
        self.id = id
        self.name = name
        self.email = email
        self.role = role
        self.partyID = partyID
        self.languages = languages
    }
}
