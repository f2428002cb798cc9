import SamkalAPI
import SamkalCore
import SamkalService

extension SamkalAPIHandler {
    public func listParticipants(_ input: Operations.ListParticipants.Input) async throws -> Operations.ListParticipants.Output {
        let caller = try caller()
        do {
            let agreement = try await AgreementChoice.resolve(input.query.agreement, in: store)
            let listing = try await ParticipantDirectory(store: store).list(agreement, as: caller.personID, now: clock())
            return .ok(.init(body: .json(Self.listing(listing.visible, hidden: listing.hidden, agreement: agreement))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    static func participant(_ participant: Participant) -> Components.Schemas.Participant {
        .init(
            id: participant.id, name: participant.name, language: participant.language, needsInterpreter: participant.needsInterpreter,
            programmeStart: participant.programmeStart.description, plannedEnd: participant.plannedEnd.description,
            finalGoal: participant.finalGoal.rawValue, programAdvisor: participant.programAdvisorID, navAdvisor: participant.navAdvisorID,
            teamNeeds: participant.teamNeeds.map(\.rawValue), teamMembers: participant.teamMemberIDs,
            parentalLeave: participant.parentalLeave.map(period), holidays: participant.holidays.map(period),
            classGroup: participant.classGroup, endedOn: participant.endedOn?.description, homeMunicipality: participant.homeMunicipality
        )
    }

    static func period(_ span: DateSpan) -> Components.Schemas.Period {
        .init(first: span.first.description, last: span.last.description)
    }
}

extension SamkalAPIHandler {
    public func showParticipant(_ input: Operations.ShowParticipant.Input) async throws -> Operations.ShowParticipant.Output {
        let caller = try caller()
        do {
            let (participant, agreement) = try await ParticipantDirectory(store: store).show(
                id: input.path.id, agreementID: input.query.agreement, as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(Self.listing([participant], hidden: 0, agreement: agreement))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    /// Participants as the listing shows them: with the names of the people they name.
    static func listing(_ participants: [Participant], hidden: Int, agreement: Agreement) -> Components.Schemas.ParticipantListing {
        var names: [String: String] = [:]
        for participant in participants {
            for id in [participant.programAdvisorID] + [participant.navAdvisorID].compactMap({ $0 }) + participant.teamMemberIDs {
                names[id] = agreement.people[id]?.name
            }
        }
        return .init(
            agreement: agreement.id, timeZone: agreement.timeZoneID, municipality: agreement.municipality, names: .init(additionalProperties: names),
            participants: participants.map(participant), hidden: hidden
        )
    }
}
