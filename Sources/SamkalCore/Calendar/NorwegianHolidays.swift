/// The Norwegian public holidays (lov om helligdager og helligdagsfred; lov om 1. og 17. mai
/// som høgtidsdager).
///
/// 1 and 17 May became statutory holidays in 1947; from that year on the list is the
/// one in ARCHITECTURE.md ("The domain in brief"). Computed, not tabulated, so any year works; the
/// supported range is 1900–2200.
public enum NorwegianHolidays {
    public static let supportedYears = 1900...2200

    /// Every public holiday of `year`, in date order.
    public static func holidays(in year: Int) -> [PublicHoliday] {
        let easter = easterSunday(in: year)
        func date(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
        var holidays: [PublicHoliday] = [
            PublicHoliday(date: date(1, 1), name: .newYearsDay),
            PublicHoliday(date: easter.adding(days: -3), name: .maundyThursday),
            PublicHoliday(date: easter.adding(days: -2), name: .goodFriday),
            PublicHoliday(date: easter, name: .easterSunday),
            PublicHoliday(date: easter.adding(days: 1), name: .easterMonday),
            PublicHoliday(date: easter.adding(days: 39), name: .ascensionDay),
            PublicHoliday(date: easter.adding(days: 49), name: .whitSunday),
            PublicHoliday(date: easter.adding(days: 50), name: .whitMonday),
            PublicHoliday(date: date(12, 25), name: .christmasDay),
            PublicHoliday(date: date(12, 26), name: .boxingDay),
        ]
        if year >= 1947 {
            holidays.append(PublicHoliday(date: date(5, 1), name: .labourDay))
            holidays.append(PublicHoliday(date: date(5, 17), name: .constitutionDay))
        }
        return holidays.sorted { ($0.date, $0.name.rawValue) < ($1.date, $1.name.rawValue) }
    }

    /// Easter Sunday (1. påskedag) in the Gregorian calendar (the anonymous algorithm,
    /// as given by Meeus).
    public static func easterSunday(in year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }
}

/// The holidays of a run of years, looked up by date; years outside it are computed on demand.
public struct HolidayTable: Sendable {
    private let byDate: [LocalDate: PublicHoliday]
    private let years: ClosedRange<Int>

    public init(years: ClosedRange<Int>) {
        self.years = years
        var byDate: [LocalDate: PublicHoliday] = [:]
        for year in years {
            for holiday in NorwegianHolidays.holidays(in: year) {
                byDate[holiday.date] = holiday
            }
        }
        self.byDate = byDate
    }

    /// The holiday on `date`, if any.
    public func holiday(on date: LocalDate) -> PublicHoliday? {
        if years.contains(date.year) { return byDate[date] }
        return NorwegianHolidays.holidays(in: date.year).first { $0.date == date }
    }
}
