import HTTPTypes
import Hummingbird
import SamkalCore

/// Another method on a path the API declares is answered 405 with `Allow`, not 404: on the
/// whole router, since a method no route has never reaches the API's own middleware.
struct APIMethodMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let methods = APIRoutes.methods(for: request.uri.path), !methods.contains(request.method) else {
            return try await next(request, context)
        }
        let language = APIText.language(acceptLanguage: request.headers[.acceptLanguage])
        return APIProblem.response(
            .methodNotAllowed, code: .badRequest, message: APIText.methodNotAllowed(request.method.rawValue).text(in: language),
            headers: [.allow: methods.map(\.rawValue).joined(separator: ", ")]
        )
    }
}
