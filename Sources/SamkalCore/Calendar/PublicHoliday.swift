/// A Norwegian public holiday (helligdag or høytidsdag): no meetings are planned on it.
public struct PublicHoliday: Sendable, Hashable, Codable {
    /// Which holiday it is.
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
        case newYearsDay, maundyThursday, goodFriday, easterSunday, easterMonday
        case labourDay, constitutionDay, ascensionDay, whitSunday, whitMonday
        case christmasDay, boxingDay

        public func text(in language: Language) -> String {
            switch language {
            case .nb:
                switch self {
                case .newYearsDay: "1. nyttårsdag"
                case .maundyThursday: "Skjærtorsdag"
                case .goodFriday: "Langfredag"
                case .easterSunday: "1. påskedag"
                case .easterMonday: "2. påskedag"
                case .labourDay: "Arbeidernes dag"
                case .constitutionDay: "Grunnlovsdag"
                case .ascensionDay: "Kristi himmelfartsdag"
                case .whitSunday: "1. pinsedag"
                case .whitMonday: "2. pinsedag"
                case .christmasDay: "1. juledag"
                case .boxingDay: "2. juledag"
                }
            case .nn:
                switch self {
                case .newYearsDay: "1. nyttårsdag"
                case .maundyThursday: "Skjærtorsdag"
                case .goodFriday: "Langfredag"
                case .easterSunday: "1. påskedag"
                case .easterMonday: "2. påskedag"
                case .labourDay: "Arbeidarane sin dag"
                case .constitutionDay: "Grunnlovsdag"
                case .ascensionDay: "Kristi himmelfartsdag"
                case .whitSunday: "1. pinsedag"
                case .whitMonday: "2. pinsedag"
                case .christmasDay: "1. juledag"
                case .boxingDay: "2. juledag"
                }
            case .en:
                switch self {
                case .newYearsDay: "New Year's Day"
                case .maundyThursday: "Maundy Thursday"
                case .goodFriday: "Good Friday"
                case .easterSunday: "Easter Sunday"
                case .easterMonday: "Easter Monday"
                case .labourDay: "Labour Day"
                case .constitutionDay: "Constitution Day"
                case .ascensionDay: "Ascension Day"
                case .whitSunday: "Whit Sunday"
                case .whitMonday: "Whit Monday"
                case .christmasDay: "Christmas Day"
                case .boxingDay: "Boxing Day"
                }
            }
        }
    }

    public let date: LocalDate
    public let name: Name
}
