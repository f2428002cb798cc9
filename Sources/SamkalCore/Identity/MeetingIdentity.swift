import Crypto

/// Turns what samkal knows about a meeting, a message or a file into identifiers that
/// leave samkal without telling anything: an HMAC-SHA-256 under a secret of the
/// installation (kept in the data directory), so a UID, Message-ID or file name is stable
/// for the same thing — across re-plans and runs — and reveals neither the participant's
/// case id nor the kind of meeting to whoever sees it (an interpreter's calendar, a mail
/// server's log).
public struct MeetingIdentity: Sendable {
    /// The secret's length in bytes.
    public static let keyLength = 32
    /// Hex digits in an opaque identifier (128 bits).
    static let digits = 32

    /// The HMAC keyed with the secret once; every identifier copies it and hashes its text.
    private let keyed: KeyedHMAC

    /// `key` must be `keyLength` random bytes; `nil` for any other length.
    public init?(key: [UInt8]) {
        guard key.count == Self.keyLength else { return nil }
        keyed = KeyedHMAC(hmac: HMAC<SHA256>(key: SymmetricKey(data: key)))
    }

    /// The opaque UID of the meeting whose logical identity is `key`
    /// (`afjord-nav-nord-fosen-threeWayMeeting-D-0042-early`), in the agreement's UID domain.
    public func uid(forKey logical: String, domain: String) -> String {
        opaque("meeting\u{0}" + logical) + "@" + domain
    }

    /// An opaque name for anything else that leaves samkal (Message-IDs, feed file names):
    /// `purpose` and its parts are joined so that different purposes never collide.
    public func opaque(_ text: String) -> String {
        var hmac = keyed.hmac
        var text = text
        text.withUTF8 { hmac.update(data: UnsafeRawBufferPointer($0)) }
        let code = hmac.finalize()
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(Self.digits)
        for byte in code.prefix(Self.digits / 2) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `uid` has the opaque form; anything else was made before UIDs were opaque.
    public static func isOpaque(_ uid: String) -> Bool {
        var count = 0
        for byte in uid.utf8 {
            if count == digits { return byte == UInt8(ascii: "@") }
            guard (48...57).contains(byte) || (97...102).contains(byte) else { return false }
            count += 1
        }
        return false
    }

    /// The logical identity inside a UID of the earlier, readable form
    /// (`<agreement>-<kind>-<period>@<domain>`), which is exactly the key of that meeting.
    public static func legacyKey(of uid: String) -> String? {
        guard !isOpaque(uid), let at = uid.lastIndex(of: "@") else { return nil }
        return String(uid[..<at])
    }

    /// The opaque UID a meeting stored under a readable UID is re-issued under.
    public func reissuedUID(of legacyUID: String) -> String? {
        guard let key = Self.legacyKey(of: legacyUID), let at = legacyUID.lastIndex(of: "@") else { return nil }
        return uid(forKey: key, domain: String(legacyUID[legacyUID.index(after: at)...]))
    }
}

/// An HMAC already keyed (the key's inner and outer blocks hashed), to be copied per use.
/// `HMAC` keeps its state in copy-on-write digest contexts: a copy that is updated gets
/// its own, so the keyed original is never changed and may be shared between threads.
private struct KeyedHMAC: @unchecked Sendable {
    let hmac: HMAC<SHA256>
}

extension PlannedMeeting {
    /// A meeting stored under a readable UID and since re-issued under its opaque one
    /// (cancelled under the old): it leaves every feed, so subscribers drop it — and the
    /// old identifier with it — on their next refresh.
    public var isReissuedUnderOpaqueUID: Bool {
        status == .cancelled && !MeetingIdentity.isOpaque(uid)
    }
}
