import SamkalAPI
import SamkalCore

extension RemoteAPI {
    /// `samkal report internkontroll` against the server: the document, rendered there.
    public func internalControlReport(agreementID: String?, year: Int, asOf: LocalDate?, format: String) async throws -> String {
        let query = Operations.InternalControlReport.Input.Query(
            agreement: agreementID, year: year, asOf: asOf?.description,
            format: Operations.InternalControlReport.Input.Query.FormatPayload(rawValue: format)
        )
        switch try await client.internalControlReport(query: query) {
        case .ok(let ok): return try ok.body.json.document
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }
}
