import SamkalCore

/// A personal access token (personlig tilgangsnøkkel) for scripts and service accounts:
/// whom it speaks for and until when. Only a hash of its secret is kept.
public struct AccessToken: Sendable, Hashable, Codable, Identifiable {
    public let id: Int64
    /// The person every request made with it is made as.
    public let personID: String
    /// What it is for, as its maker wrote it (shown in listings).
    public let label: String
    public let createdAt: UTCTimestamp
    public let expiresAt: UTCTimestamp
    public let revokedAt: UTCTimestamp?

    public init(id: Int64, personID: String, label: String, createdAt: UTCTimestamp, expiresAt: UTCTimestamp, revokedAt: UTCTimestamp?) {
        self.id = id
        self.personID = personID
        self.label = label
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether a request made with it at `now` is let in, and if not, why.
    public enum State: String, Sendable, Hashable, Codable {
        case active, expired, revoked
    }

    public func state(at now: UTCTimestamp) -> State {
        revokedAt != nil ? .revoked : now < expiresAt ? .active : .expired
    }

    /// Whether a request made with it at `now` is let in.
    public func isValid(at now: UTCTimestamp) -> Bool {
        state(at: now) == .active
    }
}
