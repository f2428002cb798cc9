/// Whose calendar a subscription link gives, as a person reads it in a listing.
public enum SubscriptionSubjectText: Sendable, Hashable, CaseIterable {
    case agreement, party, person

    public func text(in language: Language) -> String {
        switch self {
        case .agreement: language.pick(nb: "avtale", nn: "avtale", en: "agreement")
        case .party: language.pick(nb: "part", nn: "part", en: "party")
        case .person: language.pick(nb: "person", nn: "person", en: "person")
        }
    }
}
