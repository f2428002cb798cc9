/// The short references of every meeting in a store: each shows `minimumLength`
/// characters, or as many more as it takes to tell it from every other meeting of the
/// store (the same length for every reader, so a reference can be passed on). A
/// reference typed earlier stays valid while it is the beginning of only one meeting's
/// code; once a new meeting shares it, it is ambiguous and the longer form is needed.
public struct MeetingReferenceIndex: Sendable {
    private let references: [String: MeetingReference]
    private let lengths: [String: Int]

    public init(uids: some Sequence<String>, identity: MeetingIdentity) {
        var references: [String: MeetingReference] = [:]
        for uid in uids { references[uid] = MeetingReference(uid: uid, identity: identity) }
        // Sorted by code, a code shares the most characters with its neighbours.
        let sorted = references.sorted { ($0.value.code, $0.key) < ($1.value.code, $1.key) }
        var lengths: [String: Int] = [:]
        for (index, entry) in sorted.enumerated() {
            var shared = 0
            if index > 0 { shared = max(shared, Self.commonPrefix(entry.value.code, sorted[index - 1].value.code)) }
            if index + 1 < sorted.count { shared = max(shared, Self.commonPrefix(entry.value.code, sorted[index + 1].value.code)) }
            lengths[entry.key] = min(MeetingReference.codeLength, max(MeetingReference.minimumLength, shared + 1))
        }
        self.references = references
        self.lengths = lengths
    }

    /// The reference shown for `uid` (`M-4F7KQ`), `nil` for a meeting not in the index.
    public func reference(of uid: String) -> String? {
        guard let reference = references[uid], let length = lengths[uid] else { return nil }
        return reference.text(length: length)
    }

    /// The meetings whose code begins with what was typed (`M-4F7KQ`, `4f7kq`), by UID;
    /// none when the text cannot be a reference.
    public func uids(matching typed: String) -> [String] {
        guard let code = MeetingReference.normalised(typed) else { return [] }
        return references.filter { $0.value.code.hasPrefix(code) }.map(\.key).sorted()
    }

    private static func commonPrefix(_ first: String, _ second: String) -> Int {
        zip(first, second).prefix { $0 == $1 }.count
    }
}
