import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// `GET /outbox` and `POST /outbox/retry` as the command line's values.
extension RemoteAPI {
    public func outbox(agreementID: String?, status: OutboxEntry.Status?) async throws -> (timeZoneID: String, lines: [OutboxLine]) {
        let body: Components.Schemas.OutboxListing
        let query = Operations.ListOutbox.Input.Query(agreement: agreementID, status: status.flatMap { .init(rawValue: $0.rawValue) })
        switch try await client.listOutbox(query: query) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.timeZone, try body.messages.map { message in
            guard let status = OutboxEntry.Status(rawValue: message.status.rawValue), let method = InvitationMethod(rawValue: message.method.rawValue) else {
                throw ClientError.serverUnreachable(credentials.server)
            }
            return OutboxLine(
                id: message.id, status: status, method: method, sequence: message.sequence, meetingUID: message.meeting,
                recipient: message.recipient, attempts: message.attempts, nextAttemptAt: Self.instant(message.nextAttemptAt),
                sentAt: message.sentAt.map(Self.instant), lastError: message.lastError
            )
        })
    }

    /// How many failed messages were put back in the queue.
    public func retryOutbox(agreementID: String?) async throws -> Int {
        switch try await client.retryOutbox(query: .init(agreement: agreementID)) {
        case .ok(let ok): return try ok.body.json.count
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }
}
