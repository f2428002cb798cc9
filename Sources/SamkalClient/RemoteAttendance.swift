import SamkalAPI
import SamkalCore

/// `GET /attendance` and `GET /participants/{id}` as the command line's values.
extension RemoteAPI {
    public func attendance(participantID: String?, party: String?, kind: MeetingKind?) async throws -> (rows: [AttendanceSummary], hidden: Int, onlyConvened: [String]) {
        let query = Operations.Attendance.Input.Query(participant: participantID, party: party, kind: kind.flatMap { .init(rawValue: $0.rawValue) })
        let body: Components.Schemas.AttendanceReport
        switch try await client.attendance(query: query) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        let rows = body.rows.map { row in
            AttendanceSummary(
                participantID: row.participant, planned: row.planned, held: row.held, attended: row.attended, missed: row.missed,
                excused: row.excused, openActionItems: row.openActionItems
            )
        }
        return (rows, body.hidden, body.onlyConvened)
    }

    public func participant(id: String, agreementID: String?) async throws -> ParticipantListing {
        let body: Components.Schemas.ParticipantListing
        switch try await client.showParticipant(path: .init(id: id), query: .init(agreement: agreementID)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return try Self.listing(body)
    }
}
