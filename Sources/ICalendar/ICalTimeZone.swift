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

    public var description: String { id }
}
