import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

/// `POST /invitations` as the command line's values.
extension RemoteAPI {
    public func invite(agreementID: String?, meeting: String?, dryRun: Bool, retries: Int) async throws -> InvitationOutcome {
        let request = Components.Schemas.InvitationRequest(agreement: agreementID, meeting: meeting, dryRun: dryRun ? true : nil, retries: retries)
        let body: Components.Schemas.InvitationRun
        switch try await client.invite(body: .json(request)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        let lines = try body.messages.map { line in
            guard let date = LocalDate(iso: line.date), let start = LocalTime(text: line.start) else { throw ClientError.serverUnreachable(credentials.server) }
            return InvitationService.Line(
                method: line.method == .request ? .request : .cancel, sequence: line.sequence, date: date, start: start,
                recipient: line.recipient, subject: line.subject
            )
        }
        let delivery = body.delivery.map { said in
            OutboxDelivery.Summary(sent: said.sent, waiting: said.waiting, failed: said.failed, stoppedBy: said.stoppedBy, errors: said.errors)
        }
        return InvitationOutcome(lines: lines, added: body.added, due: body.due, delivery: delivery)
    }
}
