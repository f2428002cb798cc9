import CLibical

/// Reads a libical component tree back into the value model. Callers hold the libical lock.
enum LibicalReader {
    /// The VCALENDARs under `root` (libical wraps several in an XROOT).
    static func calendars(in root: OpaquePointer) -> [ICalCalendar] {
        if icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT {
            return [calendar(root)]
        }
        return children(of: root, kind: ICAL_VCALENDAR_COMPONENT).map(calendar)
    }

    /// Every X-LIC-ERROR libical attached anywhere in the tree, in document order.
    static func problems(in component: OpaquePointer) -> [ICalProblem] {
        var found: [ICalProblem] = []
        for property in properties(of: component, kind: ICAL_XLICERROR_PROPERTY) {
            let message = icalproperty_get_xlicerror(property).map { String(cString: $0) } ?? "error"
            found.append(ICalProblem(line: nil, property: nil, message: message))
        }
        for child in children(of: component, kind: ICAL_ANY_COMPONENT) {
            found += problems(in: child)
        }
        return found
    }

    static func children(of component: OpaquePointer, kind: icalcomponent_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(component, kind)
        while let current = child {
            result.append(current)
            child = icalcomponent_get_next_component(component, kind)
        }
        return result
    }

    static func properties(of component: OpaquePointer, kind: icalproperty_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(component, kind)
        while let current = property {
            result.append(current)
            property = icalcomponent_get_next_property(component, kind)
        }
        return result
    }

    private static func calendar(_ component: OpaquePointer) -> ICalCalendar {
        var calendar = ICalCalendar(productID: "")
        var extraName: String?
        for property in properties(of: component, kind: ICAL_ANY_PROPERTY) {
            switch icalproperty_isa(property) {
            case ICAL_PRODID_PROPERTY:
                calendar.productID = string(icalproperty_get_prodid(property)) ?? ""
            case ICAL_METHOD_PROPERTY:
                calendar.method = ICalMethod(libicalValue: icalproperty_get_method(property))
            case ICAL_NAME_PROPERTY:
                calendar.name = string(icalproperty_get_name(property))
            case ICAL_REFRESHINTERVAL_PROPERTY:
                calendar.refreshIntervalSeconds = Int(icaldurationtype_as_int(icalproperty_get_refreshinterval(property)))
            case ICAL_X_PROPERTY where xName(property) == "X-WR-CALNAME":
                extraName = string(icalproperty_get_x(property))
            default:
                break
            }
        }
        if calendar.name == nil { calendar.name = extraName }
        for zone in children(of: component, kind: ICAL_VTIMEZONE_COMPONENT) {
            if let tzid = icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY),
               let id = string(icalproperty_get_tzid(tzid)) {
                calendar.timeZones.append(ICalTimeZone(id))
            }
        }
        calendar.events = children(of: component, kind: ICAL_VEVENT_COMPONENT).compactMap(event)
        for freeBusy in children(of: component, kind: ICAL_VFREEBUSY_COMPONENT) {
            calendar.freeBusy += busyPeriods(freeBusy)
        }
        return calendar
    }

    private static func event(_ component: OpaquePointer) -> ICalEvent? {
        var event = ICalEvent(
            uid: "",
            stamp: ICalDateTime(year: 0, month: 0, day: 0, form: .utc),
            start: ICalDateTime(year: 0, month: 0, day: 0, form: .floating)
        )
        var hasStart = false
        for property in properties(of: component, kind: ICAL_ANY_PROPERTY) {
            switch icalproperty_isa(property) {
            case ICAL_UID_PROPERTY:
                event.uid = string(icalproperty_get_uid(property)) ?? ""
            case ICAL_DTSTAMP_PROPERTY:
                event.stamp = ICalDateTime(libicalTime: icalproperty_get_dtstamp(property), property: property)
            case ICAL_DTSTART_PROPERTY:
                event.start = ICalDateTime(libicalTime: icalproperty_get_dtstart(property), property: property)
                hasStart = true
            case ICAL_DTEND_PROPERTY:
                event.end = ICalDateTime(libicalTime: icalproperty_get_dtend(property), property: property)
            case ICAL_DURATION_PROPERTY:
                if hasStart {
                    event.end = end(of: component)
                }
            case ICAL_RECURRENCEID_PROPERTY:
                event.recurrenceID = ICalDateTime(libicalTime: icalproperty_get_recurrenceid(property), property: property)
            case ICAL_RRULE_PROPERTY:
                var rule = icalproperty_get_rrule(property)
                if let text = icalrecurrencetype_as_string_r(&rule) {
                    event.recurrenceRule = ICalRecurrenceRule(String(cString: text))
                    icalmemory_free_buffer(text)
                }
            case ICAL_RDATE_PROPERTY:
                let value = icalproperty_get_rdate(property)
                if icaltime_is_null_time(value.time) == 0 {
                    event.recurrenceDates.append(ICalDateTime(libicalTime: value.time, property: property))
                } else if icaltime_is_null_time(value.period.start) == 0 {
                    event.recurrenceDates.append(ICalDateTime(libicalTime: value.period.start, property: property))
                }
            case ICAL_EXDATE_PROPERTY:
                event.exceptionDates.append(ICalDateTime(libicalTime: icalproperty_get_exdate(property), property: property))
            case ICAL_SUMMARY_PROPERTY:
                event.summary = string(icalproperty_get_summary(property))
            case ICAL_DESCRIPTION_PROPERTY:
                event.description = string(icalproperty_get_description(property))
            case ICAL_LOCATION_PROPERTY:
                event.location = string(icalproperty_get_location(property))
            case ICAL_ORGANIZER_PROPERTY:
                event.organizer = ICalOrganizer(
                    email: address(icalproperty_get_organizer(property)),
                    commonName: commonName(property)
                )
            case ICAL_ATTENDEE_PROPERTY:
                event.attendees.append(attendee(property))
            case ICAL_CATEGORIES_PROPERTY:
                if let category = string(icalproperty_get_categories(property)) {
                    event.categories.append(category)
                }
            case ICAL_SEQUENCE_PROPERTY:
                event.sequence = Int(icalproperty_get_sequence(property))
            case ICAL_STATUS_PROPERTY:
                event.status = ICalEventStatus(libicalValue: icalproperty_get_status(property))
            case ICAL_TRANSP_PROPERTY:
                let transparency = icalproperty_get_transp(property)
                event.isTransparent = transparency == ICAL_TRANSP_TRANSPARENT
                    || transparency == ICAL_TRANSP_TRANSPARENTNOCONFLICT
            case ICAL_X_PROPERTY:
                if let name = xName(property), let value = string(icalproperty_get_x(property)) {
                    event.extraProperties.append(ICalExtraProperty(name: name, value: value))
                }
            default:
                break
            }
        }
        return hasStart ? event : nil
    }

    /// DTSTART + DURATION, as libical computes it, in the start's form.
    private static func end(of component: OpaquePointer) -> ICalDateTime? {
        guard let startProperty = icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY),
              let durationProperty = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY)
        else { return nil }
        let start = icalproperty_get_dtstart(startProperty)
        let end = icaltime_add(start, icalproperty_get_duration(durationProperty))
        return ICalDateTime(libicalTime: end, property: startProperty)
    }

    private static func busyPeriods(_ component: OpaquePointer) -> [ICalFreeBusy] {
        var periods: [ICalFreeBusy] = []
        for property in properties(of: component, kind: ICAL_FREEBUSY_PROPERTY) {
            if let parameter = icalproperty_get_first_parameter(property, ICAL_FBTYPE_PARAMETER),
               icalparameter_get_fbtype(parameter) == ICAL_FBTYPE_FREE {
                continue
            }
            let period = icalproperty_get_freebusy(property)
            let end = icaltime_is_null_time(period.end) == 0
                ? period.end
                : icaltime_add(period.start, period.duration)
            periods.append(ICalFreeBusy(
                start: ICalDateTime(libicalTime: period.start, property: property),
                end: ICalDateTime(libicalTime: end, property: property)
            ))
        }
        return periods
    }

    private static func attendee(_ property: OpaquePointer) -> ICalAttendee {
        var attendee = ICalAttendee(email: address(icalproperty_get_attendee(property)), commonName: commonName(property))
        if let role = icalproperty_get_first_parameter(property, ICAL_ROLE_PARAMETER) {
            attendee.role = ICalParticipationRole(libicalValue: icalparameter_get_role(role))
        }
        if let status = icalproperty_get_first_parameter(property, ICAL_PARTSTAT_PARAMETER) {
            attendee.participationStatus = ICalParticipationStatus(libicalValue: icalparameter_get_partstat(status))
        }
        if let rsvp = icalproperty_get_first_parameter(property, ICAL_RSVP_PARAMETER) {
            attendee.rsvp = icalparameter_get_rsvp(rsvp) == ICAL_RSVP_TRUE
        }
        if let userType = icalproperty_get_first_parameter(property, ICAL_CUTYPE_PARAMETER) {
            attendee.userType = ICalCalendarUserType(libicalValue: icalparameter_get_cutype(userType))
        }
        return attendee
    }

    private static func commonName(_ property: OpaquePointer) -> String? {
        guard let parameter = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER) else { return nil }
        return string(icalparameter_get_cn(parameter))
    }

    /// A calendar address without its `mailto:` scheme (matched case-insensitively).
    private static func address(_ value: UnsafePointer<CChar>?) -> String {
        let text = string(value) ?? ""
        if text.lowercased().hasPrefix("mailto:") {
            return String(text.dropFirst("mailto:".count))
        }
        return text
    }

    private static func xName(_ property: OpaquePointer) -> String? {
        string(icalproperty_get_x_name(property))?.uppercased()
    }

    private static func string(_ value: UnsafePointer<CChar>?) -> String? {
        value.map { String(cString: $0) }
    }
}
