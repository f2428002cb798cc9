import Foundation
import SamkalAPI
import SamkalCore

/// `GET /actions` and `POST /actions/{id}/done` as the command line's values.
extension RemoteAPI {
    public func actionItems(all: Bool) async throws -> (timeZoneID: String, names: [String: String], items: [ActionItem]) {
        let body: Components.Schemas.ActionItemListing
        switch try await client.listActionItems(query: .init(all: all ? true : nil)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.timeZone, body.names.additionalProperties, try body.items.map(item))
    }

    public func closeActionItem(id: Int64) async throws -> ActionItem {
        switch try await client.closeActionItem(path: .init(id: id)) {
        case .ok(let ok): return try item(ok.body.json)
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    func item(_ remote: Components.Schemas.ActionItem) throws -> ActionItem {
        guard let due = LocalDate(iso: remote.due) else { throw ClientError.serverUnreachable(credentials.server) }
        return ActionItem(
            id: remote.id, meetingUID: remote.meeting, assigneeID: remote.assignee, text: remote.text, due: due,
            closedAt: remote.closedAt.map(Self.instant), closedBy: remote.closedBy
        )
    }
}
