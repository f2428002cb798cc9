import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// The participant register: read from a file, one added, one ended (`ParticipantRegister`).
extension SamkalAPIHandler {
    public func importParticipants(_ input: Operations.ImportParticipants.Input) async throws -> Operations.ImportParticipants.Output {
        let caller = try caller()
        let request: Components.Schemas.ParticipantFileRequest
        switch input.body {
        case .json(let body): request = body
        }
        do throws(APIInvalidArgument) {
            try Self.checkFileName(request.file, language: caller.language)
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        do {
            let agreement = try await AgreementChoice.resolve(request.agreement, in: store)
            let (count, summary) = try await ParticipantRegister(store: store).importFile(
                request.text, file: request.file, into: agreement, as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(.init(count: count, inserted: summary.inserted, updated: summary.updated))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func addParticipant(_ input: Operations.AddParticipant.Input) async throws -> Operations.AddParticipant.Output {
        let caller = try caller()
        let request: Components.Schemas.ParticipantRequest
        switch input.body {
        case .json(let body): request = body
        }
        let fields: [String: String] = [
            "id": request.id, "name": request.name, "language": request.language, "interpreter": request.interpreter, "start": request.start,
            "planned_end": request.plannedEnd, "final_goal": request.finalGoal, "program_advisor": request.programAdvisor,
            "nav_advisor": request.navAdvisor ?? "", "team_needs": request.teamNeeds ?? "", "team_members": request.teamMembers ?? "",
            "parental_leave": request.parentalLeave ?? "", "holidays": request.holidays ?? "",
        ]
        do {
            let agreement = try await AgreementChoice.resolve(request.agreement, in: store)
            let (participant, added) = try await ParticipantRegister(store: store).add(fields: fields, into: agreement, as: caller.personID, now: clock())
            return .ok(.init(body: .json(.init(participant: participant.id, added: added))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func endParticipant(_ input: Operations.EndParticipant.Input) async throws -> Operations.EndParticipant.Output {
        let caller = try caller()
        let request: Components.Schemas.EndRequest
        switch input.body {
        case .json(let body): request = body
        }
        let date: LocalDate?
        do throws(APIInvalidArgument) {
            date = try Self.date(request.on, invalid: { UserText.invalidDate(flag: "--on", value: $0) }, language: caller.language)
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        do {
            let (participant, day) = try await ParticipantRegister(store: store).end(
                id: input.path.id, on: date, agreementID: request.agreement, as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(.init(participant: participant.id, endedOn: day.description))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
