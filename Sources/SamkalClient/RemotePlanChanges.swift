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
        guard let version = body.version else { return (body.timeZone, nil) }
        guard let first = LocalDate(iso: version.from), let last = LocalDate(iso: version.to), let range = DateSpan(first: first, last: last) else {
            throw ClientError.serverUnreachable(credentials.server)
        }
        let changes = try version.changes.map { change in
            guard let kind = MeetingChange.Kind(rawValue: change.kind.rawValue), let status = MeetingStatus(rawValue: change.status.rawValue),
                  let date = LocalDate(iso: change.date), let start = LocalTime(text: change.start)
            else { throw ClientError.serverUnreachable(credentials.server) }
            return PlanChangeListing.Change(
                uid: change.uid, kind: kind, sequence: change.sequence, status: status, date: date, start: start, description: change.description
            )
        }
        return (body.timeZone, PlanChangeListing.Version(number: version.number, createdAt: Self.instant(version.createdAt), range: range, changes: changes))
    }
}
