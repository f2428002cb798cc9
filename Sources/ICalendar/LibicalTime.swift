import CLibical

// Conversions between `ICalDateTime` and libical's `icaltimetype`.
// Callers hold the libical lock.

extension ICalDateTime {
    /// The libical value for these fields; a zoned value becomes floating time and its
    /// TZID is written as a parameter by `LibicalBuilder`, so the plain zone id is kept.
    var libicalTime: icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(year)
        time.month = Int32(month)
        time.day = Int32(day)
        switch form {
        case .date:
            time.is_date = 1
        case .utc:
            time.hour = Int32(hour)
            time.minute = Int32(minute)
            time.second = Int32(second)
            time.zone = icaltimezone_get_utc_timezone()
        case .floating, .zoned:
            time.hour = Int32(hour)
            time.minute = Int32(minute)
            time.second = Int32(second)
        }
        return time
    }

    /// Reads a time value of a property, taking the zone from its TZID parameter.
    init(libicalTime time: icaltimetype, property: OpaquePointer) {
        let form: Form
        if time.is_date != 0 {
            form = .date
        } else if icaltime_is_utc(time) != 0 {
            form = .utc
        } else if let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
                  let tzid = icalparameter_get_tzid(parameter) {
            form = .zoned(String(cString: tzid))
        } else {
            form = .floating
        }
        self.init(
            year: Int(time.year), month: Int(time.month), day: Int(time.day),
            hour: Int(time.hour), minute: Int(time.minute), second: Int(time.second),
            form: form
        )
    }
}
