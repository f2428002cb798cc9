/// A day of the week, Monday first as in Norway (ISO 8601).
public enum Weekday: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 0 for Monday … 6 for Sunday.
    public var isoIndex: Int { Weekday.allCases.firstIndex(of: self)! }

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.isoIndex < rhs.isoIndex }

    public func name(in language: Language) -> String {
        switch language {
        case .nb:
            ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][isoIndex]
        case .nn:
            ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"][isoIndex]
        case .en:
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][isoIndex]
        }
    }
}
