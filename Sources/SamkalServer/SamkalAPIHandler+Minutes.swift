import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore
import SamkalTemplates

extension SamkalAPIHandler {
    public func logMinutes(_ input: Operations.LogMinutes.Input) async throws -> Operations.LogMinutes.Output {
        let caller = try caller()
        let request: Components.Schemas.MinutesRequest
        switch input.body {
        case .json(let body): request = body
        }
        func invalid(_ message: String) -> Operations.LogMinutes.Output {
            .badRequest(.init(body: .json(.init(code: .invalidArgument, message: message))))
        }
        var actions: [NewActionItem] = []
        for argument in request.actions ?? [] {
            guard let item = NewActionItem(argument: argument) else { return invalid(UserText.invalidActionItem(argument).text(in: caller.language)) }
            actions.append(item)
        }
        let text = request.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return invalid(UserText.minutesEmpty.text(in: caller.language)) }
        guard text.utf8.count <= InputLimits.minutesTextBytes else {
            return invalid(APIText.parameterTooLong("text", InputLimits.minutesTextBytes).text(in: caller.language))
        }
        let now = clock()
        do {
            let uid = try await MeetingDirectory(store: store, identity: identity).resolve(input.path.meeting, as: caller.personID, now: now, language: caller.language)
            let result = try await MinutesLogging(store: store).log(
                meetingUID: uid, text: text, present: request.present ?? [], absent: request.absent ?? [], excused: request.excused ?? [],
                decisions: request.decisions ?? [], actions: actions, by: caller.personID,
                declinedReason: UserText.declinedInvitation.text(in: caller.language), now: now
            )
            switch result {
            case .refused(let rule):
                return .forbidden(.init(body: .json(.init(code: .refused, message: rule.text(in: caller.language), rule: rule.rawValue))))
            case .allowed(let outcome, _):
                return .created(.init(body: .json(.init(
                    meeting: uid, title: outcome.title, revision: outcome.record.revision, unmarked: outcome.unmarked
                ))))
            }
        } catch let problem as MeetingReferenceProblem {
            let body = Components.Schemas.Problem(code: .notFound, message: problem.message(in: caller.language))
            if case .ambiguous = problem { return .conflict(.init(body: .json(body))) }
            return .notFound(.init(body: .json(body)))
        } catch AttendanceSheet.Problem.givenTwice(let ids) {
            return invalid(UserText.attendanceGivenTwice(ids.joined(separator: ", ")).text(in: caller.language))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}

extension SamkalAPIHandler {
    public func showMinutes(_ input: Operations.ShowMinutes.Input) async throws -> Operations.ShowMinutes.Output {
        let caller = try caller()
        let format = input.query.format.flatMap { MinutesFormat(rawValue: $0.rawValue) } ?? .text
        let now = clock()
        do {
            let uid = try await MeetingDirectory(store: store, identity: identity).resolve(input.path.meeting, as: caller.personID, now: now, language: caller.language)
            switch try await MinutesService(store: store).history(meetingUID: uid, as: caller.personID, now: now) {
            case .refused(let rule):
                return .forbidden(.init(body: .json(.init(code: .refused, message: rule.text(in: caller.language), rule: rule.rawValue))))
            case .allowed(let history, _):
                guard let agreementID = try await store.agreementID(ofMeeting: uid), let agreement = try await store.agreement(id: agreementID) else {
                    throw StoreError.unknownMeeting(uid)
                }
                let document = minutesRenderer.render(
                    meeting: history.meeting, revisions: history.revisions, actionItems: history.actionItems, agreement: agreement,
                    participantNames: history.participantNames, format: format, language: caller.language
                )
                return .ok(.init(body: .json(.init(meeting: uid, format: .init(rawValue: format.rawValue) ?? .text, document: document))))
            }
        } catch let problem as MeetingReferenceProblem {
            let body = Components.Schemas.Problem(code: .notFound, message: problem.message(in: caller.language))
            if case .ambiguous = problem { return .conflict(.init(body: .json(body))) }
            return .notFound(.init(body: .json(body)))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
