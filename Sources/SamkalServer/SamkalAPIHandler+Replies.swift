import Foundation
import OpenAPIRuntime
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// Answers to invitations, recorded from a reply the refugee service received.
extension SamkalAPIHandler {
    public func importReplies(_ input: Operations.ImportReplies.Input) async throws -> Operations.ImportReplies.Output {
        let caller = try caller()
        let request: Components.Schemas.ReplyFileRequest
        switch input.body {
        case .json(let body): request = body
        }
        do throws(APIInvalidArgument) {
            try Self.checkFileName(request.file, language: caller.language)
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        let bytes = Array(request.message.data)
        guard bytes.count <= InputLimits.replyBytes else {
            return .badRequest(.init(body: .json(.init(
                code: .invalidArgument, message: APIText.bodyTooLarge("message", InputLimits.replyBytes).text(in: caller.language)
            ))))
        }
        do {
            let outcomes = try await ReplyImport(store: store).record(
                bytes, vouchedSender: request.from, agreementID: request.agreement, as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(.init(outcomes: outcomes.map { outcome in
                switch outcome {
                case .recorded(let reply):
                    .init(outcome: .recorded, meeting: reply.meetingUID, attendee: reply.attendeeID, answer: .init(rawValue: reply.answer.rawValue), sequence: reply.sequence)
                case .stale(let uid, let attendee, let replySequence, let meetingSequence):
                    .init(outcome: .stale, meeting: uid, attendee: attendee, sequence: replySequence, meetingSequence: meetingSequence)
                case .superseded(let uid, let attendee):
                    .init(outcome: .superseded, meeting: uid, attendee: attendee)
                }
            }))))
        } catch let problem as ReplyImport.Problem {
            return .badRequest(.init(body: .json(APIErrorAnswer.problem(problem.diagnostics(in: bytes, file: request.file, language: caller.language), language: caller.language))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
