import Foundation

/// A stretch of one local day (minutes after midnight) when someone or something is taken.
public struct BusyInterval: Sendable, Hashable, Codable {
    public let date: LocalDate
    public let start: Int
    public let end: Int

    public init(date: LocalDate, start: Int, end: Int) {
        self.date = date
        self.start = start
        self.end = end
    }
}

extension ZonedTime {
    /// The local date and minute of an instant.
    public func local(secondsSince1970 seconds: Int) -> (date: LocalDate, minute: Int) {
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        let local = seconds + offset
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (LocalDate(dayNumber: day), (local - day * 86_400) / 60)
    }

    /// An instant span (seconds since 1970) as local busy intervals, split at midnight.
    public func busyIntervals(from start: Int, to end: Int) -> [BusyInterval] {
        guard end > start else { return [] }
        let first = local(secondsSince1970: start)
        let last = local(secondsSince1970: end)
        if first.date == last.date {
            return [BusyInterval(date: first.date, start: first.minute, end: max(first.minute + 1, last.minute))]
        }
        var intervals = [BusyInterval(date: first.date, start: first.minute, end: 1440)]
        var day = first.date.adding(days: 1)
        while day < last.date {
            intervals.append(BusyInterval(date: day, start: 0, end: 1440))
            day = day.adding(days: 1)
        }
        if last.minute > 0 {
            intervals.append(BusyInterval(date: last.date, start: 0, end: last.minute))
        }
        return intervals
    }
}
