import SamkalCore
import Testing

struct NorwegianHolidaysTests {
    /// Easter Sunday 2020–2040, from the church's tables (independent of the algorithm).
    static let easterSundays: [Int: (Int, Int)] = [
        2020: (4, 12), 2021: (4, 4), 2022: (4, 17), 2023: (4, 9), 2024: (3, 31), 2025: (4, 20),
        2026: (4, 5), 2027: (3, 28), 2028: (4, 16), 2029: (4, 1), 2030: (4, 21), 2031: (4, 13),
        2032: (3, 28), 2033: (4, 17), 2034: (4, 9), 2035: (3, 25), 2036: (4, 13), 2037: (4, 5),
        2038: (4, 25), 2039: (4, 10), 2040: (4, 1),
    ]

    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test(arguments: 2020...2040)
    func holidaysOfEveryYearFrom2020To2040(year: Int) throws {
        let (month, day) = try #require(Self.easterSundays[year])
        let easter = try #require(LocalDate(year: year, month: month, day: day))
        let expected: Set<LocalDate> = [
            LocalDate(year: year, month: 1, day: 1)!,
            easter.adding(days: -3), easter.adding(days: -2), easter, easter.adding(days: 1),
            LocalDate(year: year, month: 5, day: 1)!, LocalDate(year: year, month: 5, day: 17)!,
            easter.adding(days: 39), easter.adding(days: 49), easter.adding(days: 50),
            LocalDate(year: year, month: 12, day: 25)!, LocalDate(year: year, month: 12, day: 26)!,
        ]
        let holidays = NorwegianHolidays.holidays(in: year)
        #expect(Set(holidays.map(\.date)) == expected)
        #expect(holidays.count == 12)
    }

    @Test func easter2024IsInMarch() {
        let dates = NorwegianHolidays.holidays(in: 2024).map(\.date.description)
        #expect(dates == [
            "2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-01",
            "2024-05-09", "2024-05-17", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26",
        ])
    }

    @Test func easter2025() {
        let dates = NorwegianHolidays.holidays(in: 2025).map(\.date.description)
        #expect(dates == [
            "2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01",
            "2025-05-17", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26",
        ])
    }

    @Test func easter2038IsTheLatestPossible() {
        #expect(NorwegianHolidays.easterSunday(in: 2038) == Self.date("2038-04-25"))
        let dates = NorwegianHolidays.holidays(in: 2038).map(\.date.description)
        #expect(dates.contains("2038-04-22"))  // Skjærtorsdag
        #expect(dates.contains("2038-06-03"))  // Kristi himmelfartsdag
        #expect(dates.contains("2038-06-14"))  // 2. pinsedag
    }

    @Test func constitutionDayOnAWeekendIsStillAHoliday() {
        // 17 May 2025 is a Saturday and 17 May 2026 a Sunday.
        #expect(Self.date("2025-05-17").weekday == .saturday)
        #expect(NorwegianHolidays.holidays(in: 2025).contains { $0.date == Self.date("2025-05-17") && $0.name == .constitutionDay })
        #expect(Self.date("2026-05-17").weekday == .sunday)
        #expect(NorwegianHolidays.holidays(in: 2026).contains { $0.date == Self.date("2026-05-17") })
    }

    @Test func whitMondayCanCoincideWithConstitutionDay() {
        // 2027: Easter 28 March, so 2. pinsedag is 17 May; both are kept.
        let holidays = NorwegianHolidays.holidays(in: 2027).filter { $0.date == Self.date("2027-05-17") }
        #expect(Set(holidays.map(\.name)) == [.constitutionDay, .whitMonday])
    }

    @Test func firstAndSeventeenthMayAreStatutoryFrom1947() {
        #expect(!NorwegianHolidays.holidays(in: 1946).contains { $0.name == .labourDay || $0.name == .constitutionDay })
        #expect(NorwegianHolidays.holidays(in: 1947).filter { $0.name == .labourDay || $0.name == .constitutionDay }.count == 2)
    }

    @Test(arguments: [1900, 1961, 2000, 2100, 2200])
    func everySupportedYearHasEasterInMarchOrApril(year: Int) {
        let easter = NorwegianHolidays.easterSunday(in: year)
        #expect(easter.weekday == .sunday)
        #expect(easter >= LocalDate(year: year, month: 3, day: 22)! && easter <= LocalDate(year: year, month: 4, day: 25)!)
    }
}
