/// Which days meetings can be held on: meeting weekdays that are not public holidays,
/// and which of those fall in a period to avoid (school holidays).
public struct WorkingCalendar: Sendable {
    public let meetingWeekdays: Set<Weekday>
    public let workingHours: WorkingHours
    public let avoidPeriods: [AvoidPeriod]
    private let holidays: HolidayTable

    public init(meetingWeekdays: Set<Weekday>, workingHours: WorkingHours, avoidPeriods: [AvoidPeriod], years: ClosedRange<Int>) {
        self.meetingWeekdays = meetingWeekdays
        self.workingHours = workingHours
        self.avoidPeriods = avoidPeriods.sorted { ($0.span.first, $0.name) < ($1.span.first, $1.name) }
        holidays = HolidayTable(years: years)
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
        meetingWeekdays.contains(date.weekday) && publicHoliday(on: date) == nil
    }

    /// The period to avoid that `date` falls in, if any.
    public func avoidPeriod(on date: LocalDate) -> AvoidPeriod? {
        avoidPeriods.first { $0.span.contains(date) }
    }

    /// The days the avoid periods cover from first to last, or `nil` if there are none.
    public var avoidCoverage: DateSpan? {
        guard let first = avoidPeriods.map(\.span.first).min(),
              let last = avoidPeriods.map(\.span.last).max()
        else { return nil }
        return DateSpan(first: first, last: last)
    }
}
