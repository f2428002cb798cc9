import Foundation
import SamkalCore

/// The one place the command line reads the wall clock; the core and the store are given
/// the time.
enum SystemClock {
    static func now() -> UTCTimestamp {
        UTCTimestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    static func today(in zoneID: String) -> LocalDate {
        LocalDate.today(at: now(), inZone: zoneID)
    }
}
