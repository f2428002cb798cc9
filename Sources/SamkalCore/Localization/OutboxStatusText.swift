/// Where a message in the outbox stands, as a person reads it in `samkal outbox`
/// (the machine formats keep `pending`, `sending`, `sent`, `failed`).
public enum OutboxStatusText: String, Sendable, Hashable, CaseIterable {
    case pending, sending, sent, failed

    public func text(in language: Language) -> String {
        switch self {
        case .pending: language.pick(nb: "venter", nn: "ventar", en: "waiting")
        case .sending: language.pick(nb: "sendes", nn: "vert send", en: "sending")
        case .sent: language.pick(nb: "sendt", nn: "send", en: "sent")
        case .failed: language.pick(nb: "feilet", nn: "feila", en: "failed")
        }
    }
}
