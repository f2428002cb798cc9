import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

/// `GET /plan/changes` as the command line's values.
extension RemoteAPI {
    public func planChanges(agreementID: String?) async throws -> (timeZoneID: String, version: PlanChangeListing.Version?) {
        let body: Components.Schemas.PlanChanges
        switch try await client.planChanges(query: .init(agreement: agreementID)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.timeZone, try body.version.map(planVersion))
    }
}
