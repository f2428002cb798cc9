import Foundation
import SamkalCore

/// The one place the command line reads the wall clock; the core and the store are given
/// the time.
enum SystemClock {
    static func now() -> UTCTimestamp {
        UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    static func today(in zoneID: String) -> LocalDate {
        let zone = TimeZone(identifier: zoneID) ?? .current
        let seconds = Int(Date().timeIntervalSince1970) + zone.secondsFromGMT(for: Date())
        return LocalDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
