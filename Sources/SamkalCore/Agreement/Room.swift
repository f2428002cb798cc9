/// A meeting room the planner may book for participant meetings.
public struct Room: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let capacity: Int

    public init(id: String, name: String, capacity: Int) {
        self.id = id
        self.name = name
        self.capacity = capacity
    }
}
