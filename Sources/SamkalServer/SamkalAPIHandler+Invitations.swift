import Foundation
import Logging
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalSMTP
import SamkalStore

/// Convening from the refugee service's own machine: the server makes, queues and
/// delivers the invitations (`InvitationService`), with its own mail server.
extension SamkalAPIHandler {
    public func invite(_ input: Operations.Invite.Input) async throws -> Operations.Invite.Output {
        let caller = try caller()
        let request: Components.Schemas.InvitationRequest
        switch input.body {
        case .json(let body): request = body
        }
        let language = caller.language
        let now = clock()
        if let retries = request.retries, !(1...100).contains(retries) {
            return .badRequest(.init(body: .json(.init(
                code: .invalidArgument, message: OptionProblemText.atLeast(option: "--retries", minimum: 1).text(in: language)
            ))))
        }
        do {
            let service = InvitationService(store: store, identity: identity, renderer: invitationRenderer)
            let agreement = try await service.admit(agreementID: request.agreement, as: caller.personID, now: now)
            var uid: String?
            if let typed = request.meeting {
                uid = try await MeetingDirectory(store: store, identity: identity).resolve(typed, as: caller.personID, now: now, language: language)
            }
            let composed = try await service.compose(agreement, onlyUID: uid, language: language, now: now)
            if request.dryRun == true {
                return .ok(.init(body: .json(.init(messages: composed.map { Self.invitationLine($0.line) }, added: 0, due: 0))))
            }
            let (added, due) = try await service.queue(composed.map(\.message), agreement: agreement, onlyUID: uid, as: caller.personID, now: now)
            var delivery: Components.Schemas.Delivery?
            if !due.isEmpty, let smtp {
                var outbox = OutboxDelivery(store: store, clock: clock)
                outbox.retriesPerRun = request.retries ?? 3
                let summary = try await outbox.send(due, via: SMTPClient(configuration: smtp, logger: Logger(label: "samkal.smtp")))
                delivery = .init(sent: summary.sent, waiting: summary.waiting, failed: summary.failed, errors: summary.errors, stoppedBy: summary.stoppedBy)
            }
            return .ok(.init(body: .json(.init(messages: [], added: added, due: due.count, delivery: delivery))))
        } catch let problem as MeetingReferenceProblem {
            let body = Components.Schemas.Problem(code: .notFound, message: problem.message(in: language))
            if case .ambiguous = problem { return .conflict(.init(body: .json(body))) }
            return .notFound(.init(body: .json(body)))
        } catch InvitationComposer.Problem.badAddress(let person, let address) {
            return .badRequest(.init(body: .json(.init(code: .badRequest, message: UserText.badAddress(person: person, address: address).text(in: language)))))
        } catch InvitationComposer.Problem.invalidCalendar(let uid, let problems) {
            return .badRequest(.init(body: .json(.init(
                code: .badRequest, message: UserText.invalidInvitationCalendar(uid: uid, problems: problems.joined(separator: "; ")).text(in: language)
            ))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: language)
        }
    }

    static func invitationLine(_ line: InvitationService.Line) -> Components.Schemas.InvitationLine {
        .init(
            method: line.method == .request ? .request : .cancel, sequence: line.sequence, date: line.date.description,
            start: line.start.description, recipient: line.recipient, subject: line.subject
        )
    }
}
