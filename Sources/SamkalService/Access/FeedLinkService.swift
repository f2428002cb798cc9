import SamkalCore
import SamkalStore

/// `samkal feeds add|revoke|rotate` and their API operations: making a secret subscription
/// link, and revoking or replacing one. The refugee service manages every link of its
/// agreement, anyone else only the link to their own calendar; each change is audited
/// with the change, each refusal on its own.
public struct FeedLinkService: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// Whose calendar a link shows.
    public enum Subject: Sendable, Hashable {
        case person(String)
        case party(String)
        /// The whole agreement (`nil`: the only one stored).
        case agreement(String?)
    }

    /// A subject that names no party of the agreements (a bad argument, like a bad flag).
    public struct UnknownParty: Error, Sendable, Hashable {
        public let party: String
    }

    /// A new link and its token, shown only now; its label is the subject's name.
    public func add(
        _ subject: Subject, as person: String, now: UTCTimestamp, random: inout some RandomNumberGenerator
    ) async throws -> (subscription: FeedSubscription, token: String) {
        let directory = LinkDirectory(store: store)
        // A person's or party's link is made under an agreement they are in (the first whose
        // rules let the asker): their calendar spans every agreement they are in.
        let agreement: Agreement
        switch subject {
        case .person(let id), .party(let id):
            let kind: FeedSubscription.Kind = if case .person = subject { .person } else { .party }
            guard let found = try await directory.agreement(for: kind, subject: id, as: person) else {
                if try await store.agreementIDs().isEmpty { throw StoreError.noAgreement }
                if kind == .person { throw StoreError.unknownPerson(id) }
                throw UnknownParty(party: id)
            }
            agreement = found
        case .agreement(let id):
            agreement = try await AgreementChoice.resolve(id, in: store)
        }
        let (kind, id, label, owner, target): (FeedSubscription.Kind, String, String, String?, String)
        switch subject {
        case .person(let personID):
            guard let found = agreement.people[personID] else { throw StoreError.unknownPerson(personID) }
            (kind, id, label, owner, target) = (.person, personID, found.name, personID, "person:" + personID)
        case .party(let partyID):
            guard let found = agreement.party(partyID) else { throw UnknownParty(party: partyID) }
            (kind, id, label, owner, target) = (.party, partyID, found.name, nil, "party:" + partyID)
        case .agreement:
            (kind, id, label, owner, target) = (.agreement, agreement.id, agreement.name, nil, "agreement:" + agreement.id)
        }
        let audit = try await AccessGuard(store: store).admit(.manageLink(owner: owner, target: target), by: person, on: agreement, now: now)
        let token = FeedToken.generate(using: &random)
        let subscription = try await store.addFeed(kind: kind, subject: id, label: label, tokenHash: FeedToken.hash(token), audit: audit, now: now)
        return (subscription, token)
    }

    /// Revokes link `id`: false when there is no active link of that id.
    public func revoke(id: Int64, as person: String, now: UTCTimestamp) async throws -> Bool {
        let audit = try await admit(id: id, as: person, now: now)
        return try await store.revokeFeed(id: id, audit: audit, now: now)
    }

    /// A new token for link `id` (the old one stops working at once); nil when there is no
    /// active link of that id.
    public func rotate(id: Int64, as person: String, now: UTCTimestamp, random: inout some RandomNumberGenerator) async throws -> String? {
        let audit = try await admit(id: id, as: person, now: now)
        let token = FeedToken.generate(using: &random)
        return try await store.rotateFeed(id: id, tokenHash: FeedToken.hash(token), audit: audit) ? token : nil
    }

    /// Whether `person` may revoke or rotate link `id`: an unknown id is judged like
    /// someone else's link.
    private func admit(id: Int64, as person: String, now: UTCTimestamp) async throws -> AuditEntry {
        let subscription = try await store.feed(id: id)
        let own = subscription.flatMap { $0.kind == .person ? $0.subject : nil }
        guard let agreement = try await LinkDirectory(store: store).agreement(managing: id, as: person) else { throw StoreError.noAgreement }
        return try await AccessGuard(store: store).admit(.manageLink(owner: own, target: "feed:\(id)"), by: person, on: agreement, now: now)
    }
}
