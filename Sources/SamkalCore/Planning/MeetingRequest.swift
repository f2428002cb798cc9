/// One meeting the agreement asks for, before it has a day: its identity, its rule and
/// the days it may fall on.
struct MeetingRequest: Sendable {
    let uid: String
    let period: String
    let title: String
    let agenda: [String]
    let rule: MeetingRule
    let window: DateSpan
    /// The day the series puts it on, for series meetings; days nearer to it are preferred.
    let nominalDate: LocalDate?
}
