/// What a calendar subscription is for, as a person reads it in `samkal feeds list` and
/// `samkal serve`'s list of links (the machine formats keep `agreement`, `party`, `person`).
public enum SubscriptionKindText: String, Sendable, Hashable, CaseIterable {
    case agreement, party, person

    public func text(in language: Language) -> String {
        switch self {
        case .agreement: language.pick(nb: "avtale", nn: "avtale", en: "agreement")
        case .party: language.pick(nb: "part", nn: "part", en: "party")
        case .person: language.pick(nb: "person", nn: "person", en: "person")
        }
    }
}
