import SamkalCore
import SamkalStore

/// The kind of a subscription as a person reads it (`avtale`, `part`, `person`).
enum FeedLabel {
    static func kind(_ kind: FeedSubscription.Kind, in language: Language) -> String {
        let subject: SubscriptionSubjectText = switch kind {
        case .agreement: .agreement
        case .party: .party
        case .person: .person
        }
        return subject.text(in: language)
    }
}
