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
            allowed: decision.allowed, rule: decision.rule, agreementID: agreement.id
        )
        try await store.recordAudit([entry])
        guard decision.allowed else { throw AccessRefused(rule: decision.rule) }
        // The refugee service sees the links of its own agreement: to it, its parties and its people.
        return try await store.feeds().filter {
            everything.allowed ? Self.concerns($0, agreement) : ($0.kind == .person && $0.subject == person)
        }
    }

    /// Whether a subscription is to `agreement`, one of its parties or one of its people.
    public static func concerns(_ feed: FeedSubscription, _ agreement: Agreement) -> Bool {
        switch feed.kind {
        case .agreement: feed.subject == agreement.id
        case .party: agreement.party(feed.subject) != nil
        case .person: agreement.people[feed.subject] != nil
        }
    }

    /// The agreement under which `person` may manage subscription `id`: of the agreements it
    /// concerns, the first (by id) whose rules let them; else the first it concerns (or the
    /// first stored), for the refusal to be judged and audited by.
    public func agreement(managing id: Int64, as person: String, own: String?) async throws -> Agreement? {
        let feed = try await store.feed(id: id)
        var concerned: [Agreement] = []
        var first: Agreement?
        for agreementID in try await store.agreementIDs() {
            guard let agreement = try await store.agreement(id: agreementID) else { continue }
            if first == nil { first = agreement }
            if let feed, Self.concerns(feed, agreement) { concerned.append(agreement) }
        }
        let allowed = concerned.first {
            GuardedOperation.manageLink(owner: own, target: "").decision(AccessPolicy(agreement: $0, participants: [Participant]()), for: person).allowed
        }
        return allowed ?? concerned.first ?? first
    }
}
