import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

extension SamkalAPIHandler {
    public func planChanges(_ input: Operations.PlanChanges.Input) async throws -> Operations.PlanChanges.Output {
        let caller = try caller()
        do {
            let (agreement, version) = try await PlanChangeListing(store: store).latest(
                agreementID: input.query.agreement, as: caller.personID, now: clock(), language: caller.language
            )
            return .ok(.init(body: .json(.init(
                agreement: agreement.id, timeZone: agreement.timeZoneID,
                version: version.map(Self.planVersion)
            ))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
