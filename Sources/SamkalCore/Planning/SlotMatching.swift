/// The largest number of items that can each get one of their points, no point shared: a
/// maximum bipartite matching (augmenting paths, Kuhn's algorithm). Used to prove that some
/// meetings cannot all be placed.
enum SlotMatching {
    static func maximum(_ points: [[Int]]) -> Int {
        var holder: [Int: Int] = [:]
        var matched = 0
        for item in points.indices {
            var visited = Set<Int>()
            if augment(item, points, &holder, &visited) { matched += 1 }
        }
        return matched
    }

    /// Finds a point for `item`, moving items already holding points along an augmenting path.
    private static func augment(_ item: Int, _ points: [[Int]], _ holder: inout [Int: Int], _ visited: inout Set<Int>) -> Bool {
        for point in points[item] where !visited.contains(point) {
            visited.insert(point)
            if let other = holder[point] {
                guard augment(other, points, &holder, &visited) else { continue }
            }
            holder[point] = item
            return true
        }
        return false
    }
}
