import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// `GET|POST /feeds`, `DELETE /feeds/{id}` and `POST /feeds/{id}/rotate` as the command line's values.
extension RemoteAPI {
    public func feeds(agreementID: String?) async throws -> (timeZoneID: String, feeds: [FeedSubscription]) {
        let body: Components.Schemas.FeedListing
        switch try await client.listFeeds(query: .init(agreement: agreementID)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.timeZone, try body.feeds.map(feed))
    }

    public func createFeed(_ subject: FeedLinkService.Subject) async throws -> (subscription: FeedSubscription, token: String) {
        let request: Components.Schemas.FeedRequest = switch subject {
        case .person(let id): .init(person: id)
        case .party(let id): .init(party: id)
        case .agreement(let id): .init(agreement: id)
        }
        switch try await client.createFeed(body: .json(request)) {
        case .created(let created):
            let body = try created.body.json
            return (try feed(body.feed), body.token)
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    /// Revokes link `id`; a link that is not active is the server's problem answer.
    public func revokeFeed(id: Int64) async throws {
        switch try await client.revokeFeed(path: .init(id: id)) {
        case .noContent: return
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    /// The new token of link `id`.
    public func rotateFeed(id: Int64) async throws -> String {
        switch try await client.rotateFeed(path: .init(id: id)) {
        case .ok(let ok): return try ok.body.json.token
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    func feed(_ remote: Components.Schemas.Feed) throws -> FeedSubscription {
        guard let kind = FeedSubscription.Kind(rawValue: remote.kind.rawValue) else { throw ClientError.serverUnreachable(credentials.server) }
        return FeedSubscription(
            id: remote.id, kind: kind, subject: remote.subject, label: remote.label, createdAt: Self.instant(remote.created),
            revokedAt: remote.revoked.map(Self.instant)
        )
    }
}
