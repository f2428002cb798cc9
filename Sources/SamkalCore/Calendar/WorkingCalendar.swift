/// Which days meetings can be held on: meeting weekdays that are not public holidays,
/// and which of those fall in a period to avoid (school holidays).
///
/// Answers come from tables built once for the planned years, so the planner's inner
/// loop asks an array, not a calendar.
public struct WorkingCalendar: Sendable {
    public let meetingWeekdays: Set<Weekday>
    public let workingHours: WorkingHours
    public let avoidPeriods: [AvoidPeriod]
    private let holidays: HolidayTable
    /// Day number of the first day in the tables.
    private let firstDay: Int
    private let meetingDays: [Bool]
    /// Index into `avoidPeriods` per day, or -1.
    private let avoidIndex: [Int32]

    public init(meetingWeekdays: Set<Weekday>, workingHours: WorkingHours, avoidPeriods: [AvoidPeriod], years: ClosedRange<Int>) {
        self.meetingWeekdays = meetingWeekdays
        self.workingHours = workingHours
        let sorted = avoidPeriods.sorted { ($0.span.first, $0.name) < ($1.span.first, $1.name) }
        self.avoidPeriods = sorted
        let table = HolidayTable(years: years)
        holidays = table
        let first = LocalDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let last = LocalDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        firstDay = first
        var days = [Bool](repeating: false, count: last - first + 1)
        var avoid = [Int32](repeating: -1, count: last - first + 1)
        for number in first...last {
            let date = LocalDate(dayNumber: number)
            days[number - first] = meetingWeekdays.contains(date.weekday) && table.holiday(on: date) == nil
        }
        for (index, period) in sorted.enumerated().reversed() {
            let from = max(first, period.span.first.dayNumber)
            let to = min(last, period.span.last.dayNumber)
            guard from <= to else { continue }
            for number in from...to { avoid[number - first] = Int32(index) }
        }
        meetingDays = days
        avoidIndex = avoid
    }

    public init(agreement: Agreement, years: ClosedRange<Int>) {
        self.init(
            meetingWeekdays: agreement.meetingWeekdays,
            workingHours: agreement.workingHours,
            avoidPeriods: agreement.avoidPeriods,
            years: years
        )
    }

    public func publicHoliday(on date: LocalDate) -> PublicHoliday? {
        holidays.holiday(on: date)
    }

    /// A meeting weekday that is not a public holiday.
    public func isMeetingDay(_ date: LocalDate) -> Bool {
        let index = date.dayNumber - firstDay
        if index >= 0, index < meetingDays.count { return meetingDays[index] }
        return meetingWeekdays.contains(date.weekday) && publicHoliday(on: date) == nil
    }

    /// The period to avoid that `date` falls in, if any.
    public func avoidPeriod(on date: LocalDate) -> AvoidPeriod? {
        let index = date.dayNumber - firstDay
        if index >= 0, index < avoidIndex.count {
            let period = avoidIndex[index]
            return period < 0 ? nil : avoidPeriods[Int(period)]
        }
        return avoidPeriods.first { $0.span.contains(date) }
    }

    /// The days the avoid periods cover from first to last, or `nil` if there are none.
    public var avoidCoverage: DateSpan? {
        guard let first = avoidPeriods.map(\.span.first).min(),
              let last = avoidPeriods.map(\.span.last).max()
        else { return nil }
        return DateSpan(first: first, last: last)
    }
}
