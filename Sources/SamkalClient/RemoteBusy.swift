import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

/// `POST /busy` as the command line's values.
extension RemoteAPI {
    /// Reads the files' busy time into the stored agreement within `first`…`last` (the
    /// server's defaults when nil).
    public func importBusyTime(_ files: [BusyImport.File], agreementID: String?, first: LocalDate?, last: LocalDate?) async throws -> [BusyImport.Summary] {
        let request = Components.Schemas.BusyRequest(
            agreement: agreementID, from: first?.description, to: last?.description,
            files: files.map { .init(owner: $0.owner, file: $0.path, text: $0.text) }
        )
        let body: Components.Schemas.BusyImport
        switch try await client.importBusyTime(body: .json(request)) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return body.files.map { read in
            BusyImport.Summary(owner: read.owner, source: read.source, count: read.periods, warnings: read.warnings.map(RemoteAnswer.diagnostic))
        }
    }
}
