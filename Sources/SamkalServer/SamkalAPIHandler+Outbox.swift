import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// The outbox and the answers to invitations, for the refugee service.
extension SamkalAPIHandler {
    public func listOutbox(_ input: Operations.ListOutbox.Input) async throws -> Operations.ListOutbox.Output {
        let caller = try caller()
        do {
            let status = input.query.status.flatMap { OutboxEntry.Status(rawValue: $0.rawValue) }
            let (agreement, lines) = try await OutboxService(store: store).list(agreementID: input.query.agreement, status: status, as: caller.personID, now: clock())
            return .ok(.init(body: .json(.init(agreement: agreement.id, timeZone: agreement.timeZoneID, messages: lines.map { line in
                .init(
                    id: line.id, status: .init(rawValue: line.status.rawValue) ?? .pending, method: .init(rawValue: line.method.rawValue) ?? .request,
                    sequence: line.sequence, meeting: line.meetingUID, recipient: line.recipient, attempts: line.attempts,
                    nextAttemptAt: Self.date(line.nextAttemptAt), sentAt: line.sentAt.map(Self.date), lastError: line.lastError
                )
            }))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func retryOutbox(_ input: Operations.RetryOutbox.Input) async throws -> Operations.RetryOutbox.Output {
        let caller = try caller()
        do {
            let count = try await OutboxService(store: store).retryFailed(agreementID: input.query.agreement, as: caller.personID, now: clock())
            return .ok(.init(body: .json(.init(count: count))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func listReplies(_ input: Operations.ListReplies.Input) async throws -> Operations.ListReplies.Output {
        let caller = try caller()
        let now = clock()
        do {
            // The refugee service is admitted first; only then is the meeting looked up.
            let agreement = try await AgreementChoice.resolve(input.query.agreement, in: store)
            _ = try await AccessGuard(store: store).admit(.convene(.readReplies), by: caller.personID, on: agreement, now: now)
            var uid: String?
            if let typed = input.query.meeting {
                uid = try await MeetingDirectory(store: store, identity: identity).resolve(typed, as: caller.personID, now: now, language: caller.language)
            }
            let (_, rows) = try await ReplyListing(store: store).list(agreementID: agreement.id, meetingUID: uid, as: caller.personID, now: now)
            return .ok(.init(body: .json(.init(agreement: agreement.id, timeZone: agreement.timeZoneID, replies: rows.map { row in
                .init(
                    date: row.date.description, meeting: row.meetingUID, attendee: row.attendeeID, name: row.attendeeName,
                    answer: .init(rawValue: row.answer.rawValue) ?? .needsAction
                )
            }))))
        } catch let problem as MeetingReferenceProblem {
            let body = Components.Schemas.Problem(code: .notFound, message: problem.message(in: caller.language))
            if case .ambiguous = problem { return .conflict(.init(body: .json(body))) }
            return .notFound(.init(body: .json(body)))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
