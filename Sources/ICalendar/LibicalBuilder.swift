import CLibical

/// Turns the value model into a libical component tree. Callers hold the libical lock
/// and free the returned root with `icalcomponent_free`.
enum LibicalBuilder {
    static func calendar(_ calendar: ICalCalendar) throws(ICalError) -> OpaquePointer {
        guard let root = icalcomponent_new(ICAL_VCALENDAR_COMPONENT) else {
            throw .invalidValue(property: "VCALENDAR", value: "")
        }
        do {
            try fill(root, with: calendar)
            return root
        } catch {
            icalcomponent_free(root)
            throw error
        }
    }

    private static func fill(_ root: OpaquePointer, with calendar: ICalCalendar) throws(ICalError) {
        icalcomponent_add_property(root, icalproperty_new_version("2.0"))
        icalcomponent_add_property(root, icalproperty_new_prodid(calendar.productID))
        if let method = calendar.method {
            icalcomponent_add_property(root, icalproperty_new_method(method.libicalValue))
        }
        if let name = calendar.name {
            icalcomponent_add_property(root, icalproperty_new_name(name))
            icalcomponent_add_property(root, extraProperty(name: "X-WR-CALNAME", value: ExtendedTextEscaping.protected(name)))
        }
        if let seconds = calendar.refreshIntervalSeconds {
            let duration = icaldurationtype_from_int(Int32(seconds))
            let refresh = icalproperty_new_refreshinterval(duration)
            icalproperty_add_parameter(refresh, icalparameter_new_value(ICAL_VALUE_DURATION))
            icalcomponent_add_property(root, refresh)
            if let text = icaldurationtype_as_ical_string_r(duration) {
                defer { icalmemory_free_buffer(text) }
                icalcomponent_add_property(root, extraProperty(name: "X-PUBLISHED-TTL", value: String(cString: text)))
            }
        }
        let earliestYear = calendar.events.map(\.start.year).min()
        for zone in calendar.timeZones {
            icalcomponent_add_component(root, try LibicalTimeZones.component(for: zone.id, earliestYear: earliestYear))
        }
        for event in calendar.events {
            icalcomponent_add_component(root, try self.event(event))
        }
    }

    private static func event(_ event: ICalEvent) throws(ICalError) -> OpaquePointer {
        guard let component = icalcomponent_new(ICAL_VEVENT_COMPONENT) else {
            throw .invalidValue(property: "VEVENT", value: event.uid)
        }
        func add(_ property: OpaquePointer?) {
            if let property { icalcomponent_add_property(component, property) }
        }
        add(icalproperty_new_uid(event.uid))
        add(icalproperty_new_dtstamp(event.stamp.libicalTime))
        add(timeProperty(icalproperty_new_dtstart, event.start))
        if let end = event.end {
            add(timeProperty(icalproperty_new_dtend, end))
        }
        if let recurrenceID = event.recurrenceID {
            add(timeProperty(icalproperty_new_recurrenceid, recurrenceID))
        }
        if let rule = event.recurrenceRule {
            let recurrence = icalrecurrencetype_from_string(rule.text)
            guard recurrence.freq != ICAL_NO_RECURRENCE else {
                icalcomponent_free(component)
                throw .invalidValue(property: "RRULE", value: rule.text)
            }
            add(icalproperty_new_rrule(recurrence))
        }
        for date in event.recurrenceDates {
            var value = icaldatetimeperiodtype()
            value.time = date.libicalTime
            add(zoned(icalproperty_new_rdate(value), date))
        }
        for date in event.exceptionDates {
            add(timeProperty(icalproperty_new_exdate, date))
        }
        if let summary = event.summary { add(icalproperty_new_summary(summary)) }
        if let description = event.description { add(icalproperty_new_description(description)) }
        if let location = event.location { add(icalproperty_new_location(location)) }
        if let organizer = event.organizer {
            let property = icalproperty_new_organizer("mailto:" + organizer.email)
            if let name = organizer.commonName {
                icalproperty_add_parameter(property, icalparameter_new_cn(name))
            }
            add(property)
        }
        for attendee in event.attendees {
            add(attendeeProperty(attendee))
        }
        if !event.categories.isEmpty {
            // One CATEGORIES property with every value (some parsers refuse several). libical
            // writes its commas as separators, so a comma inside a value becomes a space.
            add(icalproperty_new_categories(
                event.categories.map { $0.replacingOccurrences(of: ",", with: " ") }.joined(separator: ",")
            ))
        }
        add(icalproperty_new_sequence(Int32(event.sequence)))
        if let status = event.status {
            add(icalproperty_new_status(status.libicalValue))
        }
        if event.isTransparent {
            add(icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT))
        }
        for extra in event.extraProperties {
            add(extraProperty(name: extra.name, value: extra.value))
        }
        return component
    }

    private static func attendeeProperty(_ attendee: ICalAttendee) -> OpaquePointer? {
        let property = icalproperty_new_attendee("mailto:" + attendee.email)
        if let userType = attendee.userType {
            icalproperty_add_parameter(property, icalparameter_new_cutype(userType.libicalValue))
        }
        icalproperty_add_parameter(property, icalparameter_new_role(attendee.role.libicalValue))
        icalproperty_add_parameter(property, icalparameter_new_partstat(attendee.participationStatus.libicalValue))
        icalproperty_add_parameter(property, icalparameter_new_rsvp(attendee.rsvp ? ICAL_RSVP_TRUE : ICAL_RSVP_FALSE))
        if let name = attendee.commonName {
            icalproperty_add_parameter(property, icalparameter_new_cn(name))
        }
        return property
    }

    /// A date or date-time property whose TZID parameter carries the plain zone id.
    private static func timeProperty(
        _ make: (icaltimetype) -> OpaquePointer?,
        _ value: ICalDateTime
    ) -> OpaquePointer? {
        zoned(make(value.libicalTime), value)
    }

    private static func zoned(_ property: OpaquePointer?, _ value: ICalDateTime) -> OpaquePointer? {
        if let property, let id = value.timeZoneID {
            icalproperty_add_parameter(property, icalparameter_new_tzid(id))
        }
        return property
    }

    /// An X- property whose value is written as given.
    static func extraProperty(name: String, value: String) -> OpaquePointer? {
        let property = icalproperty_new_x(value)
        icalproperty_set_x_name(property, name)
        return property
    }
}
