import SamkalCore

/// The RFC 5322 date of a message, always in UTC: `Sun, 22 Nov 2026 14:30:00 +0000`.
enum MailDate {
    static func string(secondsSince1970 seconds: Int) -> String {
        let time = UTCTimestamp(secondsSince1970: seconds)
        let date = time.date
        let weekday = String(date.weekday.name(in: .en).prefix(3))
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(two(date.day)) \(months[date.month - 1]) \(date.year) "
            + "\(two(time.hour)):\(two(time.minute)):\(two(time.second)) +0000"
    }
}
