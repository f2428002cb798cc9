import CLibical

extension ICalCalendar {
    /// The calendar as RFC 5545 text (CRLF line ends, folded lines), built by libical.
    ///
    /// Build, serialise and free happen under one lock; nothing of libical outlives the call.
    public func serialized() throws(ICalError) -> String {
        try withLibical { () throws(ICalError) -> String in
            let root = try LibicalBuilder.calendar(self)
            defer { icalcomponent_free(root) }
            guard let text = icalcomponent_as_ical_string_r(root) else {
                throw .invalidValue(property: "VCALENDAR", value: productID)
            }
            defer { icalmemory_free_buffer(text) }
            return ExtendedTextEscaping.restored(String(cString: text))
        }
    }
}
