import SamkalCore
import SamkalStore

/// Subscription links as a person may list them: the refugee service every link, anyone
/// else only the links to their own calendar; the listing is audited.
public struct LinkDirectory: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    public func list(_ agreement: Agreement, as person: String, now: UTCTimestamp) async throws -> [FeedSubscription] {
        let policy = AccessPolicy(agreement: agreement, participants: [Participant]())
        let everything = policy.canManageLinks(ownPersonID: nil, as: person)
        let decision = everything.allowed ? everything : policy.canManageLinks(ownPersonID: person, as: person)
        let entry = AuditEntry(
            at: now, actorID: person, action: .readLinks, target: everything.allowed ? "list" : "list:own",
            allowed: decision.allowed, rule: decision.rule
        )
        try await store.recordAudit([entry])
        guard decision.allowed else { throw AccessRefused(rule: decision.rule) }
        return try await store.feeds().filter { everything.allowed || ($0.kind == .person && $0.subject == person) }
    }
}
