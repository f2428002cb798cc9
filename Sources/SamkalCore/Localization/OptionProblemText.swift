/// What samkal says when options are each valid but do not fit together, or a value is
/// not one it knows, in every language samkal speaks.
public enum OptionProblemText: Sendable, Hashable {
    case notTogether(String, String)
    case exactlyOne([String])
    case busyImportSource
    /// `samkal attendance` needs a participant, a party or a kind of meeting.
    case attendanceScope
    case atLeast(option: String, minimum: Int)
    case unknownValue(option: String, value: String, valid: [String])
    /// `samkal plan` needs one agreement file, or `--all`.
    case agreementFileOrAll

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
                nn: "oppgje nøyaktig éin av \(either(options))",
                en: "give exactly one of \(either(options))"
            )
        case .attendanceScope:
            return language.pick(
                nb: "oppgi én deltaker (saksnummer, f.eks. samkal attendance D-0042), --party PART eller --kind MØTETYPE",
                nn: "oppgje éin deltakar (saksnummer, t.d. samkal attendance D-0042), --party PART eller --kind MØTETYPE",
                en: "give one participant (case number, e.g. samkal attendance D-0042), --party PARTY or --kind KIND"
            )
        case .busyImportSource:
            return language.pick(
                nb: "oppgi hvem kalenderen tilhører og filen (samkal busy import EIER FIL.ics), eller en mappe med --dir MAPPE",
                nn: "oppgje kven kalenderen høyrer til og fila (samkal busy import EIGAR FIL.ics), eller ei mappe med --dir MAPPE",
                en: "give whose calendar it is and the file (samkal busy import OWNER FILE.ics), or a directory with --dir DIR"
            )
        case .atLeast(let option, let minimum):
            return language.pick(
                nb: "\(option) må være minst \(minimum)",
                nn: "\(option) må vere minst \(minimum)",
                en: "\(option) must be at least \(minimum)"
            )
        case .agreementFileOrAll:
            return language.pick(
                nb: "oppgi én avtalefil (samkal plan AVTALE.yaml), eller --all for alle avtalene i lageret (og filene som gis)",
                nn: "oppgje éi avtalefil (samkal plan AVTALE.yaml), eller --all for alle avtalane i lageret (og filene som blir gitt)",
                en: "give one agreement file (samkal plan AGREEMENT.yaml), or --all for every agreement in the store (and the files given)"
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
