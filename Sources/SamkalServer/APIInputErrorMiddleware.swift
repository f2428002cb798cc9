import Foundation
import HTTPTypes
import OpenAPIRuntime
import SamkalAPI
import SamkalCore

/// What the generated server could not read — a path, query, header or body that does not
/// fit the document — is the client's mistake: 400 with a `Problem`, never a 500. An error
/// thrown by an operation itself stays a 500 (a bug), without its text. No query value is
/// longer than `maximumParameterLength` (the document's `maxLength` of every string
/// parameter, which the generated code does not check).
struct APIInputErrorMiddleware: ServerMiddleware {
    static let maximumParameterLength = 200

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let path = request.path, let items = URLComponents(string: path)?.queryItems,
           let long = items.first(where: { ($0.value ?? "").count > Self.maximumParameterLength }) {
            let language = APIText.language(acceptLanguage: request.headerFields[.acceptLanguage])
            return Self.problem(.invalidArgument, APIText.parameterTooLong(long.name, Self.maximumParameterLength).text(in: language))
        }
        do {
            return try await next(request, body, metadata)
        } catch let error as ServerError where error.operationInput == nil {
            let language = APIText.language(acceptLanguage: request.headerFields[.acceptLanguage])
            return Self.problem(.badRequest, APIText.badRequest(Self.part(of: error)).text(in: language))
        }
    }

    static func problem(_ code: Components.Schemas.Problem.CodePayload, _ message: String) -> (HTTPResponse, HTTPBody?) {
        let data = (try? JSONEncoder().encode(Components.Schemas.Problem(code: code, message: message))) ?? Data()
        return (
            HTTPResponse(status: .badRequest, headerFields: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]),
            HTTPBody(data)
        )
    }

    /// The operation whose input did not fit (the runtime's own description may quote
    /// what was sent, so it is not repeated).
    static func part(of error: ServerError) -> String {
        error.operationID
    }
}
