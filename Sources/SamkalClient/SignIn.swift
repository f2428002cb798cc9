import Foundation
import SamkalAPI
import SamkalCore

/// `samkal login`: a personal access token checked with the server, or the identity
/// provider's device authorization grant (RFC 8628) for people — the server says which
/// provider and client id (`GET /api/v1/login`).
public enum SignIn {
    /// Who the server says a token is, or why not.
    public static func whoami(_ api: RemoteAPI) async throws -> Components.Schemas.Caller {
        switch try await api.client.whoami() {
        case .ok(let ok): return try ok.body.json
        case .unauthorized: throw ClientError.credentialRejected(api.credentials.server)
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let refused): throw RemoteAnswer.failure(try refused.body.json)
        case .tooManyRequests(let slowed): throw ClientError.problem(message: try slowed.body.json.message)
        case .undocumented: throw ClientError.serverUnreachable(api.credentials.server)
        }
    }

    /// Ends the sign-in at the server (`POST /logout`), so its token is refused there from
    /// now on; `false` when the server could not be told. A token the server no longer
    /// accepts needs no ending.
    public static func endAtServer(_ api: RemoteAPI) async -> Bool {
        do {
            switch try await api.client.logout() {
            case .noContent, .unauthorized: return true
            case .badRequest, .forbidden, .tooManyRequests, .undocumented: return false
            }
        } catch {
            return false
        }
    }

    public static func withAccessToken(server: String, token: String, language: Language) async throws -> (ClientCredentials, Components.Schemas.Caller) {
        let address = try RemoteAPI.serverAddress(server)
        let api = try RemoteAPI(server: address, token: token, language: language)
        let caller = try await whoami(api)
        return (ClientCredentials(server: address, kind: .accessToken, token: token), caller)
    }

    /// Signs in through the device flow: `show` is given the code and the address for the
    /// person to open; returns once they approved.
    public static func withDeviceFlow(
        server: String, language: Language, provider: ProviderRequests = ProviderRequests(),
        show: @Sendable (ProviderRequests.DeviceCode) -> Void, now: @escaping @Sendable () -> Int,
        sleep: @escaping @Sendable (Int) async throws -> Void
    ) async throws -> (ClientCredentials, Components.Schemas.Caller) {
        let address = try RemoteAPI.serverAddress(server)
        let anonymous = try RemoteAPI(server: address, token: nil, language: language)
        let configuration: Components.Schemas.LoginConfiguration
        switch try await anonymous.client.loginConfiguration() {
        case .ok(let ok): configuration = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .undocumented: throw ClientError.serverUnreachable(address)
        }
        guard let issuer = configuration.issuer, let clientID = configuration.clientId else { throw ClientError.noIdentityProvider(address) }
        let endpoints = try await provider.endpoints(issuer: issuer)
        let code = try await provider.startDeviceAuthorization(endpoint: endpoints.device, clientID: clientID)
        show(code)
        let tokens = try await provider.pollForTokens(endpoint: endpoints.token, clientID: clientID, code: code, now: now, sleep: sleep)
        let credentials = ClientCredentials(
            server: address, kind: .openIDConnect, token: tokens.idToken, expiresAt: RemoteAPI.expiry(of: tokens, now: now()),
            refreshToken: tokens.refreshToken, tokenEndpoint: endpoints.token, clientID: clientID
        )
        let caller = try await whoami(try RemoteAPI(server: address, token: tokens.idToken, language: language))
        return (credentials, caller)
    }
}

/// A problem answer as the client's error: a refusal by rule, or the server's message.
enum RemoteAnswer {
    /// A problem of a file as the server said it, in the words it said it in.
    static func diagnostic(_ said: Components.Schemas.InputDiagnostic) -> Diagnostic {
        Diagnostic(
            severity: said.severity == .warning ? .warning : .error, location: SourceLocation(file: said.file, line: said.line, column: said.column),
            field: said.field, problem: .described(said.message)
        )
    }

    static func failure(_ problem: Components.Schemas.Problem) -> ClientError {
        if let rule = problem.rule { return .refused(rule: rule, message: problem.message) }
        if problem.code == .invalidArgument { return .invalidArgument(message: problem.message) }
        if problem.code == .invalidInput, let diagnostics = problem.diagnostics, !diagnostics.isEmpty {
            return .invalidInput(DiagnosticsError(diagnostics.map(diagnostic)))
        }
        return .problem(message: problem.message)
    }
}
