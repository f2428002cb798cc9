import CLibical

/// Builds VTIMEZONE components from the system's zone database (`/usr/share/zoneinfo`).
/// Callers hold the libical lock.
enum LibicalTimeZones {
    /// A VTIMEZONE for `id` that the caller owns, with the plain TZID `id` instead of
    /// libical's `/freeassociation.sourceforge.net/…` prefix, truncated to the
    /// observances in force from `earliestYear` on.
    static func component(for id: String, earliestYear: Int?) throws(ICalError) -> OpaquePointer {
        guard let zone = icaltimezone_get_builtin_timezone(id),
              let shared = icaltimezone_get_component(zone),
              let component = icalcomponent_new_clone(shared)
        else {
            throw .unknownTimeZone(id)
        }
        if let tzid = icalcomponent_get_first_property(component, ICAL_TZID_PROPERTY) {
            icalproperty_set_tzid(tzid, id)
        } else {
            icalcomponent_add_property(component, icalproperty_new_tzid(id))
        }
        if let earliestYear {
            var start = icaltime_null_time()
            start.year = Int32(earliestYear)
            start.month = 1
            start.day = 1
            start.zone = icaltimezone_get_utc_timezone()
            icaltimezone_truncate_vtimezone(component, start, icaltime_null_time(), 0)
        }
        return component
    }
}
