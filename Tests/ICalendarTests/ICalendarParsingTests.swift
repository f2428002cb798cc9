import ICalendar
import Testing

struct ICalendarParsingTests {
    @Test func badValueIsReportedWithItsLineAndProperty() throws {
        let text = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
            "BEGIN:VEVENT", "UID:1", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:2027023XT090000", "SUMMARY:Vinterferie", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let problems = Self.problems(parsing: text)
        let located = problems.filter { $0.property == "DTSTART" }
        #expect(located.count == 1, "\(problems)")
        #expect(located.first?.line == 7)
    }

    static func problems(parsing text: String) -> [ICalProblem] {
        do {
            _ = try ICalCalendar.parse(text)
            return []
        } catch {
            if case .invalid(let problems) = error { return problems }
            return [ICalProblem(line: nil, property: nil, message: error.description)]
        }
    }

    @Test func garbageIsNotICalendar() {
        #expect(throws: ICalError.self) {
            try ICalCalendar.parse("this is not a calendar")
        }
    }

    @Test func dateEventsRecurrenceAndFreeBusyAreRead() throws {
        let text = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
            "BEGIN:VEVENT", "UID:a", "DTSTAMP:20270101T000000Z",
            "DTSTART;VALUE=DATE:20270222", "DTEND;VALUE=DATE:20270227", "SUMMARY:Vinterferie",
            "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:b", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:20270104T083000", "DURATION:PT3H",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "EXDATE;TZID=Europe/Oslo:20270106T083000",
            "SUMMARY:Norskopplæring", "END:VEVENT",
            "BEGIN:VFREEBUSY", "UID:c", "DTSTAMP:20270101T000000Z",
            "FREEBUSY:20270105T080000Z/20270105T100000Z", "FREEBUSY;FBTYPE=FREE:20270105T120000Z/PT1H",
            "END:VFREEBUSY",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let calendar = try #require(try ICalCalendar.parse(text).first)
        #expect(calendar.events.count == 2)
        let holiday = calendar.events[0]
        #expect(holiday.start == .date(year: 2027, month: 2, day: 22))
        #expect(holiday.end == .date(year: 2027, month: 2, day: 27))
        #expect(holiday.isTransparent)
        let lesson = calendar.events[1]
        #expect(lesson.start.timeZoneID == "Europe/Oslo")
        #expect(lesson.end == ICalDateTime(year: 2027, month: 1, day: 4, hour: 11, minute: 30, form: .zoned("Europe/Oslo")))
        #expect(lesson.recurrenceRule?.text.contains("FREQ=WEEKLY") == true)
        #expect(lesson.exceptionDates.count == 1)
        #expect(calendar.freeBusy == [ICalFreeBusy(
            start: ICalDateTime(year: 2027, month: 1, day: 5, hour: 8, form: .utc),
            end: ICalDateTime(year: 2027, month: 1, day: 5, hour: 10, form: .utc)
        )])
    }
}
