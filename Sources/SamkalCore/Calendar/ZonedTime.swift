import Foundation

/// Local wall-clock times in a named zone, as ISO 8601 with the offset in force then
/// (`2027-03-10T09:00:00+01:00`). The zone rules come from the system's tz database.
public struct ZonedTime: Sendable {
    public let zone: TimeZone

    public init?(zoneID: String) {
        guard let zone = TimeZone(identifier: zoneID) else { return nil }
        self.zone = zone
    }

    /// The UTC offset in seconds at local `time` on `date`.
    public func offsetSeconds(on date: LocalDate, at time: LocalTime) -> Int {
        // Guess with the offset at the local time read as UTC, then correct once: exact
        // for every time except inside a spring-forward gap, where meetings never are.
        let localSeconds = Double(date.dayNumber * 86_400 + time.minutes * 60)
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - Double(guess)))
    }

    /// The instant of local `time` on `date`, in seconds since 1970.
    public func secondsSince1970(on date: LocalDate, at time: LocalTime) -> Int {
        date.dayNumber * 86_400 + time.minutes * 60 - offsetSeconds(on: date, at: time)
    }

    /// The local date at `instant`: what day it is in the zone then.
    public func date(at instant: UTCTimestamp) -> LocalDate {
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.secondsSince1970)))
        let seconds = instant.secondsSince1970 + offset
        return LocalDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    public func iso8601(on date: LocalDate, at time: LocalTime) -> String {
        let offset = offsetSeconds(on: date, at: time)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600
        let minutes = abs(offset) / 60 % 60
        return "\(date)T\(time):00\(sign)\(LocalDate.pad(hours, 2)):\(LocalDate.pad(minutes, 2))"
    }
}

extension LocalDate {
    /// What day it is at `instant` in the zone `zoneID`; in UTC for a zone this system
    /// does not know (an agreement's zone is checked when it is read, so only then).
    public static func today(at instant: UTCTimestamp, inZone zoneID: String) -> LocalDate {
        ZonedTime(zoneID: zoneID)?.date(at: instant) ?? instant.date
    }
}
