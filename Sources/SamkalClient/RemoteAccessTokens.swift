import Foundation
import SamkalAPI
import SamkalCore
import SamkalStore

/// The signed-in person's own access tokens over the API.
extension RemoteAPI {
    /// A token as listed: its state as the server judged it.
    public struct ListedToken: Sendable {
        public let id: Int64
        public let personID: String
        public let label: String
        public let createdAt: UTCTimestamp
        public let expiresAt: UTCTimestamp
        public let state: AccessToken.State

        public init(id: Int64, personID: String, label: String, createdAt: UTCTimestamp, expiresAt: UTCTimestamp, state: AccessToken.State) {
            self.id = id
            self.personID = personID
            self.label = label
            self.createdAt = createdAt
            self.expiresAt = expiresAt
            self.state = state
        }
    }

    public func accessTokens() async throws -> [ListedToken] {
        switch try await client.listAccessTokens() {
        case .ok(let ok): return try ok.body.json.map(Self.listed)
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    public func createAccessToken(lifetimeDays: Int, label: String) async throws -> (token: ListedToken, secret: String) {
        switch try await client.createAccessToken(body: .json(.init(expiresInDays: lifetimeDays, label: label))) {
        case .created(let created):
            let body = try created.body.json
            return (Self.listed(body.token), body.secret)
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    /// `false` when there is no active token `id`.
    public func revokeAccessToken(id: Int64) async throws -> Bool {
        switch try await client.revokeAccessToken(path: .init(id: id)) {
        case .noContent: return true
        case .notFound: return false
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    static func listed(_ token: Components.Schemas.AccessToken) -> ListedToken {
        ListedToken(
            id: token.id, personID: token.person, label: token.label,
            createdAt: instant(token.created),
            expiresAt: instant(token.expires),
            state: AccessToken.State(rawValue: token.state.rawValue) ?? .expired
        )
    }
}
