import Foundation
import ICalendar
import Testing

struct ICalBusyTimeTests {
    static func seconds(_ text: String) -> Int {
        let formatter = ISO8601DateFormatter()
        return Int(formatter.date(from: text)!.timeIntervalSince1970)
    }

    static let calendar = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
        // Norwegian classes Monday 08:30–11:30 weekly, not on 29 March, plus Thursday 1 April.
        "BEGIN:VEVENT", "UID:norsk", "DTSTAMP:20270101T000000Z",
        "DTSTART;TZID=Europe/Oslo:20270322T083000", "DTEND;TZID=Europe/Oslo:20270322T113000",
        "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;TZID=Europe/Oslo:20270329T083000",
        "RDATE;TZID=Europe/Oslo:20270401T083000", "SUMMARY:Norskopplæring", "END:VEVENT",
        // A transparent event does not make anyone busy.
        "BEGIN:VEVENT", "UID:fri", "DTSTAMP:20270101T000000Z", "DTSTART;VALUE=DATE:20270323",
        "TRANSP:TRANSPARENT", "SUMMARY:Merkedag", "END:VEVENT",
        // Nor does a cancelled one.
        "BEGIN:VEVENT", "UID:avlyst", "DTSTAMP:20270101T000000Z", "DTSTART:20270324T090000Z",
        "DTEND:20270324T100000Z", "STATUS:CANCELLED", "END:VEVENT",
        "BEGIN:VFREEBUSY", "UID:fb", "DTSTAMP:20270101T000000Z",
        "FREEBUSY:20270325T120000Z/20270325T130000Z", "FREEBUSY;FBTYPE=FREE:20270325T140000Z/PT1H", "END:VFREEBUSY",
        "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    /// EXDATE as a date, several on one line, and across the change to summer time: each
    /// removes exactly its occurrence, in the event's own zone.
    @Test func exceptionDatesOfEveryFormRemoveTheirOccurrences() throws {
        let text = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//NB",
            "BEGIN:VEVENT", "UID:klasse", "DTSTAMP:20270101T000000Z",
            "DTSTART;TZID=Europe/Oslo:20270315T083000", "DTEND;TZID=Europe/Oslo:20270315T093000",
            "RRULE:FREQ=DAILY;COUNT=10", "EXDATE;VALUE=DATE:20270316",
            "EXDATE;TZID=Europe/Oslo:20270318T083000,20270329T083000", "EXDATE:20270322T073000Z",
            "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let spans = try ICalBusyTime.read(text, from: Self.seconds("2027-01-01T00:00:00Z"), to: Self.seconds("2028-01-01T00:00:00Z"), floatingZone: "Europe/Oslo").spans
        let days = spans.map { Date(timeIntervalSince1970: Double($0.start)).formatted(.iso8601.year().month().day()) }
        #expect(days == ["2027-03-15", "2027-03-17", "2027-03-19", "2027-03-20", "2027-03-21", "2027-03-23", "2027-03-24"])
    }

    @Test func recurrencesExceptionsExtraDatesAndFreeBusyAreExpanded() throws {
        let spans = try ICalBusyTime.read(Self.calendar, from: Self.seconds("2027-01-01T00:00:00Z"), to: Self.seconds("2028-01-01T00:00:00Z"), floatingZone: "Europe/Oslo").spans
        #expect(spans == [
            ICalBusySpan(start: Self.seconds("2027-03-22T07:30:00Z"), end: Self.seconds("2027-03-22T10:30:00Z")),
            ICalBusySpan(start: Self.seconds("2027-03-25T12:00:00Z"), end: Self.seconds("2027-03-25T13:00:00Z")),
            // RDATE in its own zone (CEST): 08:30 local is 06:30 UTC.
            ICalBusySpan(start: Self.seconds("2027-04-01T06:30:00Z"), end: Self.seconds("2027-04-01T09:30:00Z")),
            // After the change to summer time the class is still 08:30 local.
            ICalBusySpan(start: Self.seconds("2027-04-05T06:30:00Z"), end: Self.seconds("2027-04-05T09:30:00Z")),
        ])
    }

    @Test func onlyTheRequestedWindowIsExpanded() throws {
        let spans = try ICalBusyTime.read(Self.calendar, from: Self.seconds("2027-03-30T00:00:00Z"), to: Self.seconds("2027-04-02T00:00:00Z"), floatingZone: "Europe/Oslo").spans
        #expect(spans.count == 1)
    }

    @Test func aBrokenFileIsAnErrorWithItsLine() {
        let broken = Self.calendar.replacingOccurrences(of: "DTSTART;TZID=Europe/Oslo:20270322T083000", with: "DTSTART;TZID=Europe/Oslo:2027X322T083000")
        do {
            _ = try ICalBusyTime.read(broken, from: 0, to: Self.seconds("2030-01-01T00:00:00Z"), floatingZone: "Europe/Oslo")
            Issue.record("expected an error")
        } catch {
            guard case .invalid(let problems) = error else {
                Issue.record("expected invalid, got \(error)")
                return
            }
            #expect(problems.first?.line == 7)
        }
    }
}
