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
    /// `meetingDaysThrough[i]`: how many meeting days there are from the first day of the
    /// tables up to and including day `i`, so a distance in working days is two lookups.
    private let meetingDaysThrough: [Int32]
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
        var through = [Int32](repeating: 0, count: days.count)
        var running: Int32 = 0
        for index in days.indices {
            if days[index] { running += 1 }
            through[index] = running
        }
        meetingDaysThrough = through
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

    /// How many working days lie between a nominal day and a day: the meeting days passed
    /// when going from `nominal` to `day` — those in `(nominal, day]` forwards, in
    /// `[day, nominal)` backwards. Monday → Tuesday is 1, Monday → the Friday before is 1,
    /// and a holiday between the two does not count.
    public func workingDays(from nominal: LocalDate, to day: LocalDate) -> Int {
        let from = nominal.dayNumber
        let to = day.dayNumber
        guard from != to else { return 0 }
        let low = min(from, to)
        let high = max(from, to)
        // Forwards (low, high]; backwards [low, high): shift both ends by one day.
        let lastCounted = from < to ? high : high - 1
        let firstCounted = from < to ? low + 1 : low
        let beforeFirst = firstCounted - 1 - firstDay
        let last = lastCounted - firstDay
        if beforeFirst >= -1, last < meetingDaysThrough.count {
            let upper = last >= 0 ? Int(meetingDaysThrough[last]) : 0
            let lower = beforeFirst >= 0 ? Int(meetingDaysThrough[beforeFirst]) : 0
            return upper - lower
        }
        var count = 0
        for number in firstCounted...max(firstCounted, lastCounted) where isMeetingDay(LocalDate(dayNumber: number)) {
            count += 1
        }
        return count
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
