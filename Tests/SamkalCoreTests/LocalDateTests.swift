import SamkalCore
import Testing

struct LocalDateTests {
    @Test func dayNumbersRoundTripAcrossCenturies() {
        for number in stride(from: -30_000, through: 90_000, by: 97) {
            let date = LocalDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(LocalDate(iso: date.description) == date)
        }
    }

    @Test func impossibleDatesAreRejected() {
        #expect(LocalDate(iso: "2027-02-29") == nil)
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2027-13-01") == nil)
        #expect(LocalDate(iso: "2027-04-31") == nil)
        #expect(LocalDate(iso: "27-04-01") == nil)
    }

    @Test func weekdaysAndISOWeeks() {
        #expect(LocalDate(iso: "2027-03-28")!.weekday == .sunday)
        #expect(LocalDate(iso: "2027-01-01")!.isoWeek == (2026, 53))
        #expect(LocalDate(iso: "2027-01-04")!.isoWeek == (2027, 1))
        #expect(LocalDate(iso: "2026-12-31")!.startOfWeek == LocalDate(iso: "2026-12-28"))
    }

    @Test func osloOffsetsFollowDaylightSavingTime() throws {
        let zone = try #require(ZonedTime(zoneID: "Europe/Oslo"))
        let nine = LocalTime(hour: 9, minute: 0)!
        #expect(zone.iso8601(on: LocalDate(iso: "2027-03-26")!, at: nine) == "2027-03-26T09:00:00+01:00")
        #expect(zone.iso8601(on: LocalDate(iso: "2027-03-29")!, at: nine) == "2027-03-29T09:00:00+02:00")
        #expect(zone.iso8601(on: LocalDate(iso: "2027-10-29")!, at: nine) == "2027-10-29T09:00:00+02:00")
        #expect(zone.iso8601(on: LocalDate(iso: "2027-11-01")!, at: nine) == "2027-11-01T09:00:00+01:00")
    }
}
