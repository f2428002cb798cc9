/// STATUS of a VEVENT.
public enum ICalEventStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case tentative = "TENTATIVE"
    case confirmed = "CONFIRMED"
    case cancelled = "CANCELLED"
}

/// A property this module has no typed field for, kept by name (e.g. `X-SAMKAL-KIND`).
public struct ICalExtraProperty: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// One VEVENT.
public struct ICalEvent: Sendable, Hashable, Codable {
    public var uid: String
    /// DTSTAMP, in UTC.
    public var stamp: ICalDateTime
    public var start: ICalDateTime
    public var end: ICalDateTime?
    public var summary: String?
    public var description: String?
    public var location: String?
    public var organizer: ICalOrganizer?
    public var attendees: [ICalAttendee]
    /// One CATEGORIES property per value.
    public var categories: [String]
    public var sequence: Int
    public var status: ICalEventStatus?
    /// TRANSP:TRANSPARENT marks an event that does not make anyone busy.
    public var isTransparent: Bool
    public var recurrenceRule: ICalRecurrenceRule?
    public var recurrenceDates: [ICalDateTime]
    public var exceptionDates: [ICalDateTime]
    public var recurrenceID: ICalDateTime?
    public var extraProperties: [ICalExtraProperty]

    public init(
        uid: String,
        stamp: ICalDateTime,
        start: ICalDateTime,
        end: ICalDateTime? = nil,
        summary: String? = nil,
        description: String? = nil,
        location: String? = nil,
        organizer: ICalOrganizer? = nil,
        attendees: [ICalAttendee] = [],
        categories: [String] = [],
        sequence: Int = 0,
        status: ICalEventStatus? = nil,
        isTransparent: Bool = false,
        recurrenceRule: ICalRecurrenceRule? = nil,
        recurrenceDates: [ICalDateTime] = [],
        exceptionDates: [ICalDateTime] = [],
        recurrenceID: ICalDateTime? = nil,
        extraProperties: [ICalExtraProperty] = []
    ) {
        self.uid = uid
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.organizer = organizer
        self.attendees = attendees
        self.categories = categories
        self.sequence = sequence
        self.status = status
        self.isTransparent = isTransparent
        self.recurrenceRule = recurrenceRule
        self.recurrenceDates = recurrenceDates
        self.exceptionDates = exceptionDates
        self.recurrenceID = recurrenceID
        self.extraProperties = extraProperties
    }
}
