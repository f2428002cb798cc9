/// What samkal says about an attendance given for someone it does not know.
public enum AttendeeText: Sendable, Hashable {
    /// Neither a person of the agreement nor a participant; perhaps a typo of `suggestion`.
    case unknown(id: String, suggestion: String?)

    public func text(in language: Language) -> String {
        switch self {
        case .unknown(let id, let suggestion?):
            language.pick(
                nb: "ukjent deltaker \(id) – mente du \(suggestion)?",
                nn: "ukjend deltakar \(id) – meinte du \(suggestion)?",
                en: "unknown participant \(id) – did you mean \(suggestion)?"
            )
        case .unknown(let id, nil):
            language.pick(
                nb: "ukjent deltaker \(id): verken en person i avtalen eller en deltaker (se samkal participants list)",
                nn: "ukjend deltakar \(id): verken ein person i avtalen eller ein deltakar (sjå samkal participants list)",
                en: "unknown participant \(id): neither a person of the agreement nor a participant (see samkal participants list)"
            )
        }
    }
}
