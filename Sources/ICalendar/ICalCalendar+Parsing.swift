import CLibical

extension ICalCalendar {
    /// Parses iCalendar text into values.
    ///
    /// Throws `ICalError.invalid` with every problem libical found (its X-LIC-ERROR
    /// properties), so a caller never works from a half-understood file.
    public static func parse(_ text: String) throws(ICalError) -> [ICalCalendar] {
        _ = try ICalSourceMap(source: text)
        return try withLibical { () throws(ICalError) -> [ICalCalendar] in
            guard let root = LibicalQuietParser.parse(text) else {
                throw .notICalendar
            }
            defer { icalcomponent_free(root) }
            let problems = LibicalReader.problems(in: root)
            if !problems.isEmpty {
                throw .invalid(ICalProblemLocator(source: text).locate(problems))
            }
            let calendars = LibicalReader.calendars(in: root)
            guard !calendars.isEmpty else { throw .notICalendar }
            return calendars
        }
    }
}
