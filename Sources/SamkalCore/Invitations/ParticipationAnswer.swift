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
        case (.needsAction, .nn): "ikkje svart"
        case (.needsAction, .en): "no answer"
        case (.accepted, .nb): "kommer"
        case (.accepted, .nn): "kjem"
        case (.accepted, .en): "accepted"
        case (.declined, .nb): "kommer ikke"
        case (.declined, .nn): "kjem ikkje"
        case (.declined, .en): "declined"
        case (.tentative, .nb): "kanskje"
        case (.tentative, .nn): "kanskje"
        case (.tentative, .en): "tentative"
        case (.delegated, .nb): "delegert"
        case (.delegated, .nn): "delegert"
        case (.delegated, .en): "delegated"
        }
    }
}
