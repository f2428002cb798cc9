import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

extension SamkalAPIHandler {
    public func listAudit(_ input: Operations.ListAudit.Input) async throws -> Operations.ListAudit.Output {
        let caller = try caller()
        if let limit = input.query.limit, !(1...100_000).contains(limit) {
            return .badRequest(.init(body: .json(.init(
                code: .invalidArgument, message: UserText.notPositive(flag: "limit", value: String(limit)).text(in: caller.language)
            ))))
        }
        do {
            let (agreement, entries) = try await AuditLogReading(store: store).read(
                agreementID: input.query.agreement, limit: input.query.limit, as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(.init(agreement: agreement.id, timeZone: agreement.timeZoneID, entries: entries.map { entry in
                .init(
                    id: entry.id ?? 0, at: Date(timeIntervalSince1970: TimeInterval(entry.at.secondsSince1970)), who: entry.actorID,
                    action: entry.action.rawValue, target: entry.target, allowed: entry.allowed, rule: entry.rule.rawValue,
                    via: entry.credential?.stored
                )
            }))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
