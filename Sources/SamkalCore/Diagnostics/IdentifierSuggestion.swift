/// "Did you mean D-0042?": the one known identifier a mistyped one most likely meant.
/// Bounded: identifiers longer than `maximumLength` are not compared, and the work is
/// one small table per candidate.
public enum IdentifierSuggestion {
    public static let maximumLength = 64

    /// The candidate `given` most likely meant, or nil when none is close or two are
    /// equally close. First, the same identifier written differently (case, separators,
    /// leading zeros: `d-042` → `D-0042`); else one at most two edits away.
    public static func closest(to given: String, among candidates: some Sequence<String>) -> String? {
        let candidates = Array(Set(candidates)).filter { $0 != given && $0.count <= maximumLength }.sorted()
        guard !candidates.isEmpty, given.count <= maximumLength else { return nil }
        let key = normalized(given)
        let sameKey = candidates.filter { normalized($0) == key }
        if sameKey.count == 1 { return sameKey[0] }
        if sameKey.count > 1 { return nil }
        let limit = min(2, max(1, given.count / 3))
        var best: (candidate: String, distance: Int)?
        var tied = false
        for candidate in candidates {
            let distance = editDistance(Array(given.lowercased()), Array(candidate.lowercased()))
            guard distance <= limit else { continue }
            if let current = best, distance == current.distance {
                tied = true
            } else if best == nil || distance < best!.distance {
                best = (candidate, distance)
                tied = false
            }
        }
        return tied ? nil : best?.candidate
    }

    /// Lowercase letters and digits, each run of digits without its leading zeros.
    static func normalized(_ text: String) -> String {
        var result = ""
        var digits = ""
        func flushDigits() {
            guard !digits.isEmpty else { return }
            let trimmed = digits.drop { $0 == "0" }
            result += trimmed.isEmpty ? "0" : String(trimmed)
            digits = ""
        }
        for character in text.lowercased() {
            if character.isNumber {
                digits.append(character)
            } else {
                flushDigits()
                if character.isLetter { result.append(character) }
            }
        }
        flushDigits()
        return result
    }

    /// Levenshtein distance of two short strings.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
