import Foundation
import HTTPTypes
import OpenAPIRuntime
import SamkalAPI
import SamkalCore

/// What the generated server could not read — a path, query, header or body that does not
/// fit the document — is the client's mistake: 400 with a `Problem`, never a 500. An error
/// thrown by an operation itself stays a 500 (a bug), without its text. No query value or
/// path parameter is longer than `maximumParameterLength` (the document's `maxLength` of
/// every string parameter, which the generated code does not check), and no body longer
/// than `maximumBodyBytes`.
struct APIInputErrorMiddleware: ServerMiddleware {
    static let maximumParameterLength = 200
    /// No request body is larger: the largest file sent (a 10 MB reply, base64 in JSON) fits.
    static let maximumBodyBytes = 16 * 1024 * 1024

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let query = request.path.flatMap { URLComponents(string: $0)?.queryItems }?.map { ($0.name, $0.value ?? "") } ?? []
        let path = metadata.pathParameters.map { ($0.key, String($0.value.removingPercentEncoding ?? String($0.value))) }
        if let long = (query + path).first(where: { $0.1.count > Self.maximumParameterLength }) {
            let language = APIText.language(acceptLanguage: request.headerFields[.acceptLanguage])
            return Self.problem(.invalidArgument, APIText.parameterTooLong(long.0, Self.maximumParameterLength).text(in: language))
        }
        var bounded: HTTPBody?
        if let body {
            // Read within the bound before any operation decodes it; a longer one is refused unread.
            guard let data = try? await Data(collecting: body, upTo: Self.maximumBodyBytes) else {
                let language = APIText.language(acceptLanguage: request.headerFields[.acceptLanguage])
                return Self.problem(.invalidArgument, APIText.bodyTooLarge("body", Self.maximumBodyBytes).text(in: language))
            }
            bounded = HTTPBody(data)
        }
        do {
            return try await next(request, bounded, metadata)
        } catch let error as ServerError where error.operationInput == nil {
            let language = APIText.language(acceptLanguage: request.headerFields[.acceptLanguage])
            // The operation, not the runtime's description of the cause, which may quote what was sent.
            return Self.problem(.badRequest, APIText.badRequest(error.operationID).text(in: language))
        }
    }

    static func problem(_ code: Components.Schemas.Problem.CodePayload, _ message: String) -> (HTTPResponse, HTTPBody?) {
        let data = (try? JSONEncoder().encode(Components.Schemas.Problem(code: code, message: message))) ?? Data()
        return (
            HTTPResponse(status: .badRequest, headerFields: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]),
            HTTPBody(data)
        )
    }
}
