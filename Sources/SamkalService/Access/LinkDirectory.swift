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
        concerns(kind: feed.kind, subject: feed.subject, agreement)
    }

    static func concerns(kind: FeedSubscription.Kind, subject: String, _ agreement: Agreement) -> Bool {
        switch kind {
        case .agreement: subject == agreement.id
        case .party: agreement.party(subject) != nil
        case .person: agreement.people[subject] != nil
        }
    }

    /// The agreement under which `person` may manage subscription `id`: of the agreements it
    /// concerns, the first (by id) whose rules let them; else the first it concerns (or the
    /// first stored, for an unknown id), for the refusal to be judged and audited by.
    public func agreement(managing id: Int64, as person: String) async throws -> Agreement? {
        if let feed = try await store.feed(id: id), let agreement = try await agreement(for: feed.kind, subject: feed.subject, as: person) {
            return agreement
        }
        return try await agreements(concerning: nil).first
    }

    /// The agreement under which `person` may make or manage a link to `subject`: as
    /// `agreement(managing:as:own:)`; nil when no stored agreement has the subject.
    public func agreement(for kind: FeedSubscription.Kind, subject: String, as person: String) async throws -> Agreement? {
        let concerned = try await agreements(concerning: (kind, subject))
        let own = kind == .person ? subject : nil
        let allowed = concerned.first {
            GuardedOperation.manageLink(owner: own, target: "").decision(AccessPolicy(agreement: $0, participants: [Participant]()), for: person).allowed
        }
        return allowed ?? concerned.first
    }

    /// The stored agreements with the subject, by id (all of them without one).
    private func agreements(concerning subject: (kind: FeedSubscription.Kind, id: String)?) async throws -> [Agreement] {
        try await store.agreements().filter { agreement in
            subject.map { Self.concerns(kind: $0.kind, subject: $0.id, agreement) } ?? true
        }
    }
}
