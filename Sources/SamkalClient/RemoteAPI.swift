import AsyncHTTPClient
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import SamkalAPI
import SamkalCore

/// The command line's connection to a samkal server: the generated client over
/// AsyncHTTPClient, every request with the stored bearer token (renewed first when it is
/// about to expire, and saved) and the run's language.
public struct RemoteAPI: Sendable {
    public let client: Client
    public let credentials: ClientCredentials

    /// `server` checked and without a trailing slash: HTTPS, or HTTP to this machine.
    public static func serverAddress(_ text: String) throws -> String {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard ProtectedAddress.isAllowed(trimmed), let url = URL(string: trimmed + "/api/v1"), url.host != nil else {
            throw ClientError.invalidServer(text)
        }
        return trimmed
    }

    public init(server: String, token: String?, language: Language) throws {
        guard let url = URL(string: try Self.serverAddress(server) + "/api/v1") else { throw ClientError.invalidServer(server) }
        client = Client(
            serverURL: url, transport: AsyncHTTPClientTransport(configuration: .init(client: .commandLine, timeout: .seconds(60))),
            middlewares: [HeadersMiddleware(token: token, language: language)]
        )
        credentials = ClientCredentials(server: server, kind: .accessToken, token: token ?? "")
    }

    init(credentials: ClientCredentials, language: Language) throws {
        let base = try Self(server: credentials.server, token: credentials.token, language: language)
        client = base.client
        self.credentials = credentials
    }

    /// The stored credentials' connection, renewing an OpenID Connect token that is about
    /// to expire (and saving the new one).
    public static func connect(
        _ stored: ClientCredentials, file: CredentialsFile, language: Language, now: Int, provider: ProviderRequests = ProviderRequests()
    ) async throws -> RemoteAPI {
        var credentials = stored
        if credentials.needsRenewal(now: now) {
            guard let refreshToken = credentials.refreshToken, let endpoint = credentials.tokenEndpoint, let clientID = credentials.clientID else {
                throw ClientError.credentialRejected(credentials.server)
            }
            let tokens = try await provider.refresh(endpoint: endpoint, clientID: clientID, refreshToken: refreshToken)
            credentials.token = tokens.idToken
            credentials.refreshToken = tokens.refreshToken ?? refreshToken
            credentials.expiresAt = Self.expiry(of: tokens, now: now)
            try file.save(credentials)
        }
        return try RemoteAPI(credentials: credentials, language: language)
    }

    /// An instant of the API (a date-time) as the store's seconds.
    static func instant(_ date: Date) -> UTCTimestamp {
        UTCTimestamp(secondsSince1970: Int(date.timeIntervalSince1970))
    }

    /// When an ID token expires: its `exp` claim, else now plus `expires_in`.
    static func expiry(of tokens: ProviderRequests.Tokens, now: Int) -> Int? {
        let parts = tokens.idToken.split(separator: ".")
        if parts.count == 3 {
            var payload = String(parts[1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while payload.count % 4 != 0 { payload += "=" }
            if let data = Data(base64Encoded: payload),
               let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let exp = object["exp"] as? NSNumber {
                return exp.intValue
            }
        }
        return tokens.expiresIn.map { now + $0 }
    }
}

/// `Authorization: Bearer …` and `Accept-Language` on every request.
struct HeadersMiddleware: ClientMiddleware {
    let token: String?
    let language: Language

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        if let token { request.headerFields[.authorization] = "Bearer " + token }
        request.headerFields[.acceptLanguage] = language.rawValue
        do {
            return try await next(request, body, baseURL)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.serverUnreachable(ClientError.server(of: baseURL))
        }
    }
}
