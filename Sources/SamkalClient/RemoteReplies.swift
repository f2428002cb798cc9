import Foundation
import OpenAPIRuntime
import SamkalAPI
import SamkalCore
import SamkalService

/// `GET /replies` and `POST /replies` as the command line's values.
extension RemoteAPI {
    public func replies(agreementID: String?, meeting: String?) async throws -> (timeZoneID: String, rows: [ReplyListing.Row]) {
        let body: Components.Schemas.ReplyListing
        switch try await client.listReplies(query: .init(agreement: agreementID, meeting: meeting)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.timeZone, try body.replies.map { reply in
            guard let date = LocalDate(iso: reply.date), let answer = ParticipationAnswer(rawValue: reply.answer.rawValue) else {
                throw ClientError.serverUnreachable(credentials.server)
            }
            return ReplyListing.Row(date: date, meetingUID: reply.meeting, attendeeID: reply.attendee, attendeeName: reply.name, answer: answer)
        })
    }

    /// Records the answers in a reply's `bytes` (named `file` in its problems).
    public func importReplies(_ bytes: [UInt8], file: String, from: String?, agreementID: String?) async throws -> [ReplyOutcome] {
        let request = Components.Schemas.ReplyFileRequest(agreement: agreementID, file: file, message: Base64EncodedData(bytes), from: from)
        let body: Components.Schemas.ReplyImport
        switch try await client.importReplies(body: .json(request)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return try body.outcomes.map { outcome in
            switch outcome.outcome {
            case .recorded:
                guard let answer = outcome.answer.flatMap({ ParticipationAnswer(rawValue: $0.rawValue) }), let sequence = outcome.sequence else {
                    throw ClientError.serverUnreachable(credentials.server)
                }
                return .recorded(MeetingReply(meetingUID: outcome.meeting, attendeeID: outcome.attendee, sequence: sequence, answer: answer, stamp: UTCTimestamp(secondsSince1970: 0)))
            case .stale:
                return .stale(uid: outcome.meeting, attendeeID: outcome.attendee, replySequence: outcome.sequence ?? 0, meetingSequence: outcome.meetingSequence ?? 0)
            case .superseded:
                return .superseded(uid: outcome.meeting, attendeeID: outcome.attendee)
            }
        }
    }
}
