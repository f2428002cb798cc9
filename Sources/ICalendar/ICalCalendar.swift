/// A VCALENDAR: the calendar-level properties, its time zones and its events.
public struct ICalCalendar: Sendable, Hashable, Codable {
    /// PRODID, e.g. `-//samkal//samkal 1.0//NB`.
    public var productID: String
    /// METHOD; `nil` for a subscription feed, which is a snapshot and not an iTIP message.
    public var method: ICalMethod?
    /// NAME (RFC 7986) and X-WR-CALNAME, the calendar's display name.
    public var name: String?
    /// How often a subscriber should refresh, in seconds: REFRESH-INTERVAL and X-PUBLISHED-TTL.
    public var refreshIntervalSeconds: Int?
    /// The zones whose VTIMEZONE the calendar carries, e.g. `Europe/Oslo`.
    public var timeZones: [ICalTimeZone]
    public var events: [ICalEvent]
    /// Busy periods from VFREEBUSY components (only filled by parsing).
    public var freeBusy: [ICalFreeBusy]

    public init(
        productID: String,
        method: ICalMethod? = nil,
        name: String? = nil,
        refreshIntervalSeconds: Int? = nil,
        timeZones: [ICalTimeZone] = [],
        events: [ICalEvent] = [],
        freeBusy: [ICalFreeBusy] = []
    ) {
        self.productID = productID
        self.method = method
        self.name = name
        self.refreshIntervalSeconds = refreshIntervalSeconds
        self.timeZones = timeZones
        self.events = events
        self.freeBusy = freeBusy
    }
}

/// One busy period from a VFREEBUSY component's FREEBUSY property.
public struct ICalFreeBusy: Sendable, Hashable, Codable {
    public var start: ICalDateTime
    public var end: ICalDateTime

    public init(start: ICalDateTime, end: ICalDateTime) {
        self.start = start
        self.end = end
    }
}
