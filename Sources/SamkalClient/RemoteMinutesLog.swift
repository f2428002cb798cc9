import SamkalAPI
import SamkalCore

/// `POST /minutes/{meeting}` as the command line's values.
extension RemoteAPI {
    public struct LoggedMinutes: Sendable, Hashable {
        public let meetingUID: String
        public let title: String
        public let revision: Int
        public let unmarked: [String]
    }

    public func logMinutes(
        meeting: String, text: String, present: [String], absent: [String], excused: [String], decisions: [String], actions: [String]
    ) async throws -> LoggedMinutes {
        let request = Components.Schemas.MinutesRequest(
            text: text, present: present, absent: absent, excused: excused, decisions: decisions, actions: actions
        )
        switch try await client.logMinutes(path: .init(meeting: meeting), body: .json(request)) {
        case .created(let created):
            let body = try created.body.json
            return LoggedMinutes(meetingUID: body.meeting, title: body.title, revision: body.revision, unmarked: body.unmarked)
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

/// `GET /minutes/{meeting}` as the document the command line prints.
extension RemoteAPI {
    public func minutesDocument(meeting: String, format: String) async throws -> String {
        let query = Operations.ShowMinutes.Input.Query(format: .init(rawValue: format))
        switch try await client.showMinutes(path: .init(meeting: meeting), query: query) {
        case .ok(let ok): return try ok.body.json.document
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
