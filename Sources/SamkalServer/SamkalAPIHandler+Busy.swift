import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// Busy time from the calendars the refugee service was given (`BusyImport`).
extension SamkalAPIHandler {
    public func importBusyTime(_ input: Operations.ImportBusyTime.Input) async throws -> Operations.ImportBusyTime.Output {
        let caller = try caller()
        let request: Components.Schemas.BusyRequest
        switch input.body {
        case .json(let body): request = body
        }
        let first: LocalDate?
        let last: LocalDate?
        do throws(APIInvalidArgument) {
            first = try Self.date(request.from, invalid: { UserText.invalidDate(flag: "--from", value: $0) }, language: caller.language)
            last = try Self.date(request.to, invalid: { UserText.invalidDate(flag: "--to", value: $0) }, language: caller.language)
            if let first, let last, last < first { throw APIInvalidArgument(message: UserText.toBeforeFrom.text(in: caller.language)) }
            // One to 1000 files, each named (the document's bounds; the generated code checks none).
            guard (1...1000).contains(request.files.count) else {
                throw APIInvalidArgument(message: OptionProblemText.busyImportSource.text(in: caller.language))
            }
            for file in request.files {
                try Self.checkFileName(file.file, language: caller.language)
                guard !file.owner.isEmpty, file.owner.count <= APIInputErrorMiddleware.maximumParameterLength else {
                    throw APIInvalidArgument(message: APIText.parameterTooLong("owner", APIInputErrorMiddleware.maximumParameterLength).text(in: caller.language))
                }
            }
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        let files = request.files.map { BusyImport.File(owner: $0.owner, path: $0.file, text: $0.text) }
        do {
            let summaries = try await BusyImport(store: store).record(
                files, agreementID: request.agreement, first: first, last: last, as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(.init(files: summaries.map { summary in
                .init(
                    owner: summary.owner, source: summary.source, periods: summary.count,
                    warnings: APIErrorAnswer.diagnostics(summary.warnings, language: caller.language)
                )
            }))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
