import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SamkalAuthentication
import SamkalCore

/// In front of every API operation: refuses a backed-off address (429), proves the
/// credential (`APIAuthenticator`; 401 for one that proves nobody, 403 for a valid identity
/// of nobody in the agreements), and runs the operation as the proven caller — every audit
/// entry it writes records the credential (`Credential.current`). Failures are counted by
/// reason in `/metrics` and logged without the token.
struct APIAuthenticationMiddleware<Context: RemoteAddressRequestContext>: RouterMiddleware {
    let authenticator: APIAuthenticator
    let backoff: AuthenticationBackoff
    let metrics: ServerMetrics
    let logger: Logger
    let clock: @Sendable () -> UTCTimestamp

    /// Operations answered without a credential: how to get one.
    static var openPaths: Set<String> { ["/api/v1/login"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if Self.openPaths.contains(request.uri.path) { return try await next(request, context) }
        let language = APIText.language(acceptLanguage: request.headers[.acceptLanguage])
        let address = context.remoteAddress?.ipAddress ?? "unknown"
        let now = clock()
        if let seconds = backoff.retryAfter(address, now: now.secondsSince1970) {
            metrics.countAuthenticationFailure(reason: "backed_off")
            return APIProblem.response(
                .tooManyRequests, code: .tooManyFailures, message: APIText.tooManyFailures(retryAfter: seconds).text(in: language),
                headers: [.retryAfter: String(seconds)]
            )
        }
        switch try await authenticator.authenticate(authorization: request.headers[.authorization], now: now) {
        case .failure(let failure):
            backoff.recordFailure(address, now: now.secondsSince1970)
            metrics.countAuthenticationFailure(reason: failure.metricLabel)
            logger.notice("API authentication failed", metadata: ["reason": "\(failure.metricLabel)", "address": "\(address)"])
            return APIProblem.response(
                .unauthorized, code: .unauthenticated, message: APIText.unauthenticated.text(in: language),
                headers: [.wwwAuthenticate: failure == .missing ? #"Bearer realm="samkal""# : #"Bearer realm="samkal", error="invalid_token""#]
            )
        case .unknownIdentity:
            backoff.recordSuccess(address)
            metrics.countAuthenticationFailure(reason: "unknown_identity")
            return APIProblem.response(.forbidden, code: .unknownIdentity, message: APIText.unknownIdentity.text(in: language))
        case .caller(let personID, let name, let credential, let signIn):
            backoff.recordSuccess(address)
            let caller = APICaller(personID: personID, name: name, credential: credential, language: language, signIn: signIn)
            return try await APICaller.$current.withValue(caller) {
                try await Credential.$current.withValue(credential) {
                    try await next(request, context)
                }
            }
        }
    }
}
