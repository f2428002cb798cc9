import Foundation
import Synchronization

/// HTTP dates (RFC 9110 IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`).
enum HTTPDate {
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }

    static func string(_ date: Date) -> String {
        formatter().string(from: date)
    }

    /// The Date header for this second: formatted once a second for the whole server
    /// (a `DateFormatter` costs more than answering a request).
    static func current(secondsSince1970 seconds: Int) -> String {
        if let cached = latest.withLock({ $0.second == seconds ? $0.text : nil }) { return cached }
        let text = string(Date(timeIntervalSince1970: Double(seconds)))
        latest.withLock { $0 = (seconds, text) }
        return text
    }

    private static let latest = Mutex<(second: Int, text: String)>((-1, ""))

    static func parse(_ text: String) -> Date? {
        formatter().date(from: text)
    }
}
