/// An instant in UTC to the second, written `YYYY-MM-DDTHH:MM:SSZ`: the DTSTAMP of a plan.
public struct UTCTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    /// Seconds since midnight UTC, 0..<86400.
    public let secondOfDay: Int

    public init(date: LocalDate, secondOfDay: Int = 0) {
        self.date = date
        self.secondOfDay = max(0, min(86_399, secondOfDay))
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public init(secondsSince1970 seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        self.init(date: LocalDate(dayNumber: days), secondOfDay: seconds - days * 86_400)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` or a bare `YYYY-MM-DD` (midnight UTC).
    public init?(iso text: String) {
        if let date = LocalDate(iso: text) {
            self.init(date: date)
            return
        }
        guard text.count == 20, text.hasSuffix("Z") else { return nil }
        let parts = text.dropLast().split(separator: "T")
        guard parts.count == 2, let date = LocalDate(iso: parts[0]) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second)
        else { return nil }
        self.init(date: date, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    public var secondsSince1970: Int { date.dayNumber * 86_400 + secondOfDay }
    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay / 60 % 60 }
    public var second: Int { secondOfDay % 60 }

    public static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    public var description: String {
        "\(date)T\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2)):\(LocalDate.pad(second, 2))Z"
    }
}

extension UTCTimestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = UTCTimestamp(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a UTC timestamp: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
