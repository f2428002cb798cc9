/// An agreement as its file says it, before the school-holiday calendars it names are read:
/// what `AgreementParser` returns. Only `resolved(calendarPeriods:)` makes an `Agreement`,
/// so no agreement with unread calendars reaches the planner.
public struct AgreementDraft: Sendable, Hashable {
    /// Everything from the file itself, with the periods written in it.
    let written: Agreement
    /// The iCalendar files the agreement names (`avoidPeriods.calendars`), to be read by the caller.
    public let calendars: [CalendarFileReference]
    /// Where `timeZone` is written (nil when the default applies), for the caller's check
    /// that calendars can carry the zone.
    public let timeZoneLocation: SourceLocation?

    init(written: Agreement, calendars: [CalendarFileReference], timeZoneLocation: SourceLocation? = nil) {
        self.written = written
        self.calendars = calendars
        self.timeZoneLocation = timeZoneLocation
    }

    /// The agreement's time zone.
    public var timeZoneID: String { written.timeZoneID }

    /// The complete agreement, with the periods read from `calendars` added to those the
    /// file gives itself.
    public func resolved(calendarPeriods: [AvoidPeriod]) -> Agreement {
        var agreement = written
        agreement.avoidPeriods += calendarPeriods
        return agreement
    }
}
