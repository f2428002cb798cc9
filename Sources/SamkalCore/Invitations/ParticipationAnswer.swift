/// An attendee's answer to an invitation (PARTSTAT).
public enum ParticipationAnswer: String, Sendable, Hashable, Codable, CaseIterable {
    case needsAction = "NEEDS-ACTION"
    case accepted = "ACCEPTED"
    case declined = "DECLINED"
    case tentative = "TENTATIVE"
    case delegated = "DELEGATED"

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.needsAction, .nb): "ikke svart"
        case (.needsAction, .en): "no answer"
        case (.accepted, .nb): "kommer"
        case (.accepted, .en): "accepted"
        case (.declined, .nb): "kommer ikke"
        case (.declined, .en): "declined"
        case (.tentative, .nb): "kanskje"
        case (.tentative, .en): "tentative"
        case (.delegated, .nb): "delegert"
        case (.delegated, .en): "delegated"
        }
    }
}
