import CLibical

/// A time zone a calendar carries as a VTIMEZONE, by its IANA id (`Europe/Oslo`).
///
/// The rules come from the system's zone database (`/usr/share/zoneinfo`, Debian's
/// `tzdata`) through libical; the VTIMEZONE is written with this plain id as its TZID.
public struct ICalTimeZone: Sendable, Hashable, Codable, CustomStringConvertible {
    public let id: String

    public init(_ id: String) {
        self.id = id
    }

    public static let oslo = ICalTimeZone("Europe/Oslo")

    /// Whether libical knows the zone from the system's zone database, so that feeds and
    /// invitations can carry it (`GMT+5` and other offsets without rules are not zones).
    public static func isKnown(_ id: String) -> Bool {
        withLibical { icaltimezone_get_builtin_timezone(id) != nil }
    }

    public var description: String { id }
}
