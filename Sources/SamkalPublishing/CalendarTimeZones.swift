import ICalendar

/// The time zones calendars can carry: what the checks of an agreement ask before anything
/// is planned in a zone (so no later step — feeds, invitations — meets one it cannot write).
public enum CalendarTimeZones {
    public static func isKnown(_ id: String) -> Bool {
        ICalTimeZone.isKnown(id)
    }
}
