import Foundation

/// An instant as a person reads it beside the meetings: the local wall-clock time, to the
/// minute, in a zone that is passed in (`2026-12-01 09:16`), never the machine's own zone.
/// Tables for people use it; JSON and CSV keep the UTC timestamp (`…T08:16:43Z`).
public struct TimeDisplay: Sendable {
    /// The zone of a listing with no agreement to take one from.
    public static let defaultZoneID = "Europe/Oslo"

    public let zone: TimeZone

    /// The agreement's zone (`zoneID`), else Europe/Oslo; an unknown identifier counts as
    /// none (an agreement's zone is checked when it is loaded).
    public init(zoneID: String?) {
        zone = zoneID.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: Self.defaultZoneID) ?? .gmt
    }

    /// `YYYY-MM-DD HH:MM` in the zone.
    public func local(_ instant: UTCTimestamp) -> String {
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.secondsSince1970)))
        let shifted = UTCTimestamp(secondsSince1970: instant.secondsSince1970 + offset)
        return "\(shifted.date) \(LocalDate.pad(shifted.hour, 2)):\(LocalDate.pad(shifted.minute, 2))"
    }
}
