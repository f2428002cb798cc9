/// A meeting's short reference (kort referanse), such as `M-4F7KQ`: what a person types
/// instead of the 32 hex digits of the UID. It is read off the opaque UID — an HMAC under
/// the installation's secret — so, like the UID, it tells nobody the participant, the case
/// id or the kind of meeting, and it stays the same for as long as the UID does.
///
/// The code is `codeLength` characters of an alphabet nobody misreads: no 0/O, no 1/I/L,
/// and no M, which is the prefix (so `M-4F7KQ`, `m4f7kq` and `4f7kq` are the same
/// reference). A reference shows the first `minimumLength` characters, more where two
/// meetings of the store share them (`MeetingReferenceIndex`).
public struct MeetingReference: Sendable, Hashable {
    /// 30 symbols: the digits 2–9 and the letters without I, L, M and O.
    public static let alphabet: [Character] = Array("23456789ABCDEFGHJKNPQRSTUVWXYZ")
    /// What a reference is shown with.
    public static let prefix = "M-"
    /// Characters a reference shows at least: 30⁵ ≈ 24 million, so in a store of a few
    /// thousand meetings two share them only rarely.
    public static let minimumLength = 5
    /// Characters of the whole code (30¹² < 2⁶⁴: all from the first 64 bits of the HMAC).
    public static let codeLength = 12

    /// The whole code, of which a reference shows the beginning.
    public let code: String

    /// The reference of the meeting `uid`. An opaque UID's own digits are used; a UID of
    /// the earlier, readable form (kept until the next plan re-issues it) is first hashed
    /// under the installation's secret, since its text names the case.
    public init(uid: String, identity: MeetingIdentity) {
        let digits = MeetingIdentity.isOpaque(uid) ? String(uid.prefix(16)) : String(identity.opaque("reference\u{0}" + uid).prefix(16))
        var value = UInt64(digits, radix: 16) ?? 0
        let base = UInt64(Self.alphabet.count)
        var symbols: [Character] = []
        symbols.reserveCapacity(Self.codeLength)
        for _ in 0..<Self.codeLength {
            symbols.append(Self.alphabet[Int(value % base)])
            value /= base
        }
        code = String(symbols)
    }

    /// `M-` and the first `length` characters of the code.
    public func text(length: Int) -> String {
        Self.prefix + code.prefix(max(Self.minimumLength, min(length, Self.codeLength)))
    }

    /// What a person typed, as the beginning of a code: upper case, without spaces, dashes
    /// and the leading `M`. `nil` when it cannot be a reference: a character outside the
    /// alphabet, fewer than `minimumLength` characters or more than `codeLength`.
    public static func normalised(_ typed: String) -> String? {
        var text = typed.uppercased().filter { $0 != "-" && !$0.isWhitespace }
        if text.first == "M" { text.removeFirst() }
        guard (minimumLength...codeLength).contains(text.count), text.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return text
    }
}
