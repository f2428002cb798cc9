/// A part of every year in which one meeting of a rule is held, e.g. vår 1 Mar–31 May.
public struct MeetingWindow: Sendable, Hashable, Codable {
    /// The period's name as used in UIDs and titles: `spring`, `autumn`, or any label.
    public let period: String
    public let from: MonthDay
    public let to: MonthDay

    public init(period: String, from: MonthDay, to: MonthDay) {
        self.period = period
        self.from = from
        self.to = to
    }

    /// The dates of this window in `year`; a window that wraps past New Year ends in `year + 1`.
    public func span(in year: Int) -> DateSpan {
        let first = from.date(in: year)
        let last = to < from ? to.date(in: year + 1) : to.date(in: year)
        return DateSpan(first: first, last: last)!
    }

    /// `vår`/`høst` (nynorsk `vår`/`haust`) for the usual labels, the label itself otherwise.
    public func periodName(in language: Language) -> String {
        switch (period, language) {
        case ("spring", .nb): "vår"
        case ("autumn", .nb): "høst"
        case ("summer", .nb): "sommer"
        case ("winter", .nb): "vinter"
        case ("spring", .nn): "vår"
        case ("autumn", .nn): "haust"
        case ("summer", .nn): "sommar"
        case ("winter", .nn): "vinter"
        default: period
        }
    }
}
