import Foundation
import SamkalCore

/// The one place the command line reads the wall clock; the core and the store are given
/// the time.
enum SystemClock {
    static func now() -> UTCTimestamp {
        UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    static func today(in zoneID: String) -> LocalDate {
        let now = now()
        return ZonedTime(zoneID: zoneID)?.date(at: now) ?? LocalDate(dayNumber: now.secondsSince1970 / 86_400)
    }
}
