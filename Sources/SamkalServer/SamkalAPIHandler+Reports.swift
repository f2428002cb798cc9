import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalTemplates

extension SamkalAPIHandler {
    /// `GET /reports/internal-control`: the internal-control report, rendered as asked.
    public func internalControlReport(_ input: Operations.InternalControlReport.Input) async throws -> Operations.InternalControlReport.Output {
        let caller = try caller()
        let format = input.query.format.flatMap { InternalControlFormat(rawValue: $0.rawValue) } ?? .text
        do {
            guard InternalControlService.years.contains(input.query.year) else {
                throw APIInvalidArgument(message: UserText.yearOutOfRange(flag: "year", value: String(input.query.year)).text(in: caller.language))
            }
            let asOf = try Self.date(input.query.asOf, invalid: { .invalidDateFormat(flag: "asOf", value: $0) }, language: caller.language)
            let answer = try await InternalControlService(store: store).report(
                agreementID: input.query.agreement, year: input.query.year, asOf: asOf, as: caller.personID, now: clock()
            )
            switch answer {
            case .refused(let rule):
                return .forbidden(.init(body: .json(.init(code: .refused, message: rule.text(in: caller.language), rule: rule.rawValue))))
            case .allowed(let report, _):
                // Without the installation's templates (a server built for tests) there is no HTML.
                guard let document = try reportPage?.document(report, format: format, language: caller.language)
                    ?? format.plainDocument(report, language: caller.language)
                else { throw APIInvalidArgument(message: APIText.badRequest("format=html").text(in: caller.language)) }
                return .ok(.init(body: .json(.init(
                    agreement: report.agreementID, year: report.year, format: .init(rawValue: format.rawValue) ?? .text, document: document
                ))))
            }
        } catch let invalid as APIInvalidArgument {
            return .badRequest(.init(body: .json(invalid.problem)))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
