import Foundation
import SamkalAPI
import SamkalCore

/// `GET /audit` as the command line's values.
extension RemoteAPI {
    public func auditLog(agreementID: String?, limit: Int?) async throws -> (timeZoneID: String, entries: [AuditEntry]) {
        let body: Components.Schemas.AuditLog
        switch try await client.listAudit(query: .init(agreement: agreementID, limit: limit)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.timeZone, try body.entries.map { record in
            guard let action = AuditEntry.Action(rawValue: record.action), let rule = AccessRule(rawValue: record.rule) else {
                throw ClientError.serverUnreachable(credentials.server)
            }
            return AuditEntry(
                id: record.id, at: Self.instant(record.at), actorID: record.who, action: action,
                target: record.target, allowed: record.allowed, rule: rule, credential: record.via.flatMap(Credential.init(stored:))
            )
        })
    }
}
