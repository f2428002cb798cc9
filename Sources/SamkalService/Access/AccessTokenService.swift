import SamkalCore
import SamkalStore

/// Personal access tokens (personlige tilgangsnøkler) for scripts and service accounts: a
/// token speaks for one person, so only that person — proven, over the API — or the
/// operator on the server machine makes, lists and revokes it. Every change and listing
/// is audited; the secret is returned once and only its hash is stored.
public struct AccessTokenService: Sendable {
    /// Who manages tokens.
    public enum Manager: Sendable, Hashable {
        /// The operator on the server machine: the operating-system account of the data directory.
        case operatorAccount(String)
        /// A person proven by the API.
        case person(String)

        /// As the audit log names the actor.
        var actorID: String {
            switch self {
            case .operatorAccount(let name): Credential.operatorAccount(name).stored
            case .person(let id): id
            }
        }
    }

    /// A token lives from one day to a year.
    public static let lifetimeDays = 1...366
    /// A label is at most this many characters.
    public static let maximumLabelLength = 200

    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// A new token for `personID`, valid for `lifetimeDays` from `now`, and its secret.
    public func create(
        for personID: String, label: String, lifetimeDays: Int, by manager: Manager, now: UTCTimestamp,
        random: inout some RandomNumberGenerator
    ) async throws -> (token: AccessToken, secret: String) {
        guard Self.lifetimeDays.contains(lifetimeDays) else { throw AccessTokenProblem.lifetimeOutOfRange(lifetimeDays) }
        guard label.count <= Self.maximumLabelLength else { throw AccessTokenProblem.labelTooLong }
        let audit = try await admit(owner: personID, action: .writeAccessTokens, target: "person:" + personID, by: manager, now: now)
        guard try await AgreementChoice.everyone(in: store)[personID] != nil else { throw StoreError.unknownPerson(personID) }
        let secret = AccessTokenSecret.generate(using: &random)
        let expires = UTCTimestamp(secondsSince1970: now.secondsSince1970 + lifetimeDays * 86_400)
        let token = try await store.addAccessToken(
            personID: personID, label: label, tokenHash: AccessTokenSecret.hash(secret), expiresAt: expires, audit: audit, now: now
        )
        return (token, secret)
    }

    /// The tokens the manager may see: the operator every one, a person their own.
    public func list(by manager: Manager, now: UTCTimestamp) async throws -> [AccessToken] {
        let owner: String? = if case .person(let id) = manager { id } else { nil }
        let audit = try await admit(owner: owner, action: .readAccessTokens, target: owner.map { "list:" + $0 } ?? "list", by: manager, now: now)
        try await store.recordAudit([audit])
        return try await store.accessTokens().filter { owner == nil || $0.personID == owner }
    }

    /// Revokes token `id`: refused from the next request on. `false` when there is no
    /// unrevoked token `id` the manager may see (someone else's is refused and audited).
    public func revoke(id: Int64, by manager: Manager, now: UTCTimestamp) async throws -> Bool {
        let token = try await store.accessTokens().first { $0.id == id && $0.revokedAt == nil }
        let audit = try await admit(owner: token?.personID, action: .writeAccessTokens, target: "token:\(id)", by: manager, now: now)
        guard token != nil else { return false }
        return try await store.revokeAccessToken(id: id, audit: audit, now: now)
    }

    /// The token a presented secret belongs to, if it is valid at `now`; nil for anything
    /// else (a malformed secret is not looked up).
    public func authenticate(secret: String, now: UTCTimestamp) async throws -> AccessToken? {
        guard AccessTokenSecret.looksValid(secret) else { return nil }
        return try await store.accessToken(tokenHash: AccessTokenSecret.hash(secret), now: now)
    }

    /// The audit entry of an allowed operation on `owner`'s tokens; a refusal is audited and thrown.
    /// `owner` nil: every token (the operator), or an unknown token (judged as someone else's).
    private func admit(owner: String?, action: AuditEntry.Action, target: String, by manager: Manager, now: UTCTimestamp) async throws -> AuditEntry {
        let decision: AccessDecision = switch manager {
        case .operatorAccount: .allowed(.operatorOnServer)
        case .person(let id) where id == owner: .allowed(.ownAccessTokens)
        case .person: .refused(.onlyOwnAccessTokens)
        }
        let entry = AuditEntry(at: now, actorID: manager.actorID, action: action, target: target, allowed: decision.allowed, rule: decision.rule)
        guard decision.allowed else {
            try await store.recordAudit([entry])
            throw AccessRefused(rule: decision.rule)
        }
        return entry
    }
}

/// What makes a token request unusable (before anything is stored).
public enum AccessTokenProblem: Error, Sendable, Hashable {
    /// The lifetime is outside `AccessTokenService.lifetimeDays`.
    case lifetimeOutOfRange(Int)
    /// The label is longer than `AccessTokenService.maximumLabelLength`.
    case labelTooLong
}
