import SamkalCore
import SamkalStore

extension FeedSubscription.Kind {
    /// What the subscription is for, as a person reads it (`avtale`, `part`, `person`);
    /// the raw value stays the machine word.
    func text(in language: Language) -> String {
        switch self {
        case .agreement: SubscriptionKindText.agreement.text(in: language)
        case .party: SubscriptionKindText.party.text(in: language)
        case .person: SubscriptionKindText.person.text(in: language)
        }
    }
}
