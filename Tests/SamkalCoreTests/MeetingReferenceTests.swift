import SamkalCore
import Testing

/// Short references (`M-4F7KQ`): typed by people, unique in a store, read off the opaque
/// UID so they tell nothing the UID does not.
struct MeetingReferenceTests {
    static let alphabet = Set("23456789ABCDEFGHJKNPQRSTUVWXYZ")

    /// Opaque UIDs whose first 64 bits are `value` (what the code is read from).
    static func uid(_ value: UInt64, tail: String = "0123456789abcdef") -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + tail + "@kommune.example.no"
    }

    @Test func aReferenceIsShortTypeableAndStable() {
        let uid = MeetingIdentity.testing.uid(forKey: "liten-threeWayMeeting-D-0042-early", domain: "kommune.example.no")
        let reference = MeetingReference(uid: uid, identity: .testing)
        #expect(reference.code.count == MeetingReference.codeLength)
        #expect(reference.code.allSatisfy { Self.alphabet.contains($0) })
        for ambiguous in "01OILM" { #expect(!reference.code.contains(ambiguous)) }
        #expect(reference.text(length: 5).hasPrefix("M-") && reference.text(length: 5).count == 7)
        #expect(MeetingReference(uid: uid, identity: .testing) == reference)
        // The opaque UID's own digits: the same reference whatever secret reads it.
        let other = MeetingIdentity(key: [UInt8](repeating: 7, count: MeetingIdentity.keyLength))!
        #expect(MeetingReference(uid: uid, identity: other) == reference)
    }

    @Test func aReferenceTellsNeitherTheCaseNorTheKind() {
        // Meetings that differ only in the case id or the kind get unrelated references.
        var codes: [String] = []
        for kind in ["threeWayMeeting", "teamMeeting", "leaveFollowUp", "transitionMeeting"] {
            for number in 40..<60 {
                let uid = MeetingIdentity.testing.uid(forKey: "liten-\(kind)-D-00\(number)-early", domain: "kommune.example.no")
                codes.append(MeetingReference(uid: uid, identity: .testing).code)
            }
        }
        #expect(Set(codes).count == codes.count)
        // No character position is fixed by the kind or the case: every first character varies.
        #expect(Set(codes.map(\.first)).count > 15)
        // A UID of the earlier, readable form names the case; its reference is keyed with the
        // installation's secret, so a guessed readable UID cannot be checked against it.
        let legacy = "liten-threeWayMeeting-D-0042-early@kommune.example.no"
        let other = MeetingIdentity(key: [UInt8](repeating: 7, count: MeetingIdentity.keyLength))!
        #expect(MeetingReference(uid: legacy, identity: .testing) != MeetingReference(uid: legacy, identity: other))
        #expect(MeetingReference(uid: legacy, identity: .testing).code.allSatisfy { Self.alphabet.contains($0) })
    }

    @Test func typedReferencesAreReadInAnyCaseWithOrWithoutThePrefix() {
        #expect(MeetingReference.normalised("M-4F7KQ") == "4F7KQ")
        #expect(MeetingReference.normalised("m-4f7kq") == "4F7KQ")
        #expect(MeetingReference.normalised("4f7kq") == "4F7KQ")
        #expect(MeetingReference.normalised("M4F7KQ") == "4F7KQ")
        #expect(MeetingReference.normalised(" M-4F7-KQ ") == "4F7KQ")
        #expect(MeetingReference.normalised("M-4F7") == nil)
        #expect(MeetingReference.normalised("M-40F7K") == nil)
        #expect(MeetingReference.normalised("M-4F7KQ23456789") == nil)
        #expect(MeetingReference.normalised("") == nil)
    }

    @Test func referencesAreUniqueInAStoreAndLongerWhereTwoShareTheirBeginning() throws {
        var uids = (0..<3_000).map { MeetingIdentity.testing.uid(forKey: "liten-teamMeeting-D-\($0)-1", domain: "kommune.example.no") }
        // Two codes that share their first five characters and differ in the sixth
        // (characters are read from the least significant base-30 digit up).
        let base: UInt64 = 123_456_789_012
        let step: UInt64 = 30 * 30 * 30 * 30 * 30
        uids += [Self.uid(base), Self.uid(base + step)]
        let index = MeetingReferenceIndex(uids: uids, identity: .testing)
        let references = uids.compactMap { index.reference(of: $0) }
        #expect(references.count == uids.count)
        #expect(Set(references).count == uids.count)
        for (uid, reference) in zip(uids, references) {
            #expect(index.uids(matching: reference) == [uid], "\(reference)")
            #expect(reference.count >= 2 + MeetingReference.minimumLength)
        }
        let first = try #require(index.reference(of: Self.uid(base)))
        let second = try #require(index.reference(of: Self.uid(base + step)))
        #expect(first.count == 2 + 6 && second.count == 2 + 6)
        #expect(first.prefix(7) == second.prefix(7))
        // Their common five characters name both: ambiguous.
        #expect(index.uids(matching: String(first.prefix(7))).count == 2)
        // Most references show the minimum.
        #expect(references.filter { $0.count == 2 + MeetingReference.minimumLength }.count > uids.count * 9 / 10)
        #expect(index.uids(matching: "M-ZZZZZ").allSatisfy { index.reference(of: $0)?.hasPrefix("M-ZZZZZ") == true })
        #expect(index.uids(matching: "M-0000").isEmpty)
        #expect(index.reference(of: "unknown@x") == nil)
    }
}
