/// Numbers for everything that can be booked (people, participants, class groups, rooms),
/// so the planner's inner loop hashes integers, not strings.
struct OwnerRegistry: Sendable {
    private(set) var names: [String] = []
    private var keys: [String: Int] = [:]

    mutating func key(_ name: String) -> Int {
        if let key = keys[name] { return key }
        let key = names.count
        names.append(name)
        keys[name] = key
        return key
    }

    func existingKey(_ name: String) -> Int? { keys[name] }

    func name(_ key: Int) -> String { names[key] }
}
