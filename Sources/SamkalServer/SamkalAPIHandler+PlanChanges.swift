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
                version: version.map { version in
                    .init(
                        number: version.number, createdAt: Self.date(version.createdAt), from: version.range.first.description,
                        to: version.range.last.description,
                        changes: version.changes.map { change in
                            .init(
                                uid: change.uid, kind: .init(rawValue: change.kind.rawValue) ?? .moved, sequence: change.sequence,
                                status: .init(rawValue: change.status.rawValue) ?? .tentative, date: change.date.description,
                                start: change.start.description, description: change.description
                            )
                        }
                    )
                }
            ))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
