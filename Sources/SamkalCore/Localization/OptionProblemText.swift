/// What samkal says when options are each valid but do not fit together, or a value is
/// not one it knows, in every language samkal speaks.
public enum OptionProblemText: Sendable, Hashable {
    case notTogether(String, String)
    case exactlyOne([String])
    case busyImportSource
    case atLeast(option: String, minimum: Int)
    case unknownValue(option: String, value: String, valid: [String])

    public func text(in language: Language) -> String {
        func either(_ items: [String]) -> String {
            guard let last = items.last, items.count > 1 else { return items.first ?? "" }
            let or = language.pick(nb: "eller", nn: "eller", en: "or")
            return items.dropLast().joined(separator: ", ") + " \(or) " + last
        }
        switch self {
        case .notTogether(let first, let second):
            return language.pick(
                nb: "\(first) og \(second) kan ikke brukes samtidig",
                nn: "\(first) og \(second) kan ikkje brukast samtidig",
                en: "\(first) and \(second) cannot be used together"
            )
        case .exactlyOne(let options):
            return language.pick(
                nb: "oppgi nøyaktig én av \(either(options))",
                nn: "oppgi nøyaktig éin av \(either(options))",
                en: "give exactly one of \(either(options))"
            )
        case .busyImportSource:
            return language.pick(nb: "oppgi OWNER FILE.ics, eller --dir DIR", nn: "oppgi OWNER FILE.ics, eller --dir DIR", en: "give OWNER FILE.ics, or --dir DIR")
        case .atLeast(let option, let minimum):
            return language.pick(
                nb: "\(option) må være minst \(minimum)",
                nn: "\(option) må vere minst \(minimum)",
                en: "\(option) must be at least \(minimum)"
            )
        case .unknownValue(let option, let value, let valid):
            return language.pick(
                nb: "\(option): ukjent verdi «\(value)» (\(either(valid)))",
                nn: "\(option): ukjend verdi «\(value)» (\(either(valid)))",
                en: "\(option): unknown value “\(value)” (\(either(valid)))"
            )
        }
    }
}
