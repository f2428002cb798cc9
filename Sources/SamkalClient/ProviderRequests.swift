import AsyncHTTPClient
import Foundation
import NIOCore
import SamkalCore

/// The identity provider's endpoints as the command line calls them: its discovery
/// document, the device authorization grant (RFC 8628 §3.1–3.5) and refresh (RFC 6749
/// §6). Bounded in time and size; HTTPS, or HTTP to this machine only.
public struct ProviderRequests: Sendable {
    /// What the device authorization endpoint answers (RFC 8628 §3.2).
    public struct DeviceCode: Decodable, Sendable, Hashable {
        public let deviceCode: String
        public let userCode: String
        public let verificationURI: String
        public let verificationURIComplete: String?
        public let expiresIn: Int
        public let interval: Int?

        enum CodingKeys: String, CodingKey {
            case deviceCode = "device_code", userCode = "user_code", verificationURI = "verification_uri"
            case verificationURIComplete = "verification_uri_complete", expiresIn = "expires_in", interval
        }
    }

    /// A successful token response: the ID token is what samkal's API is sent.
    public struct Tokens: Decodable, Sendable, Hashable {
        public let idToken: String
        public let refreshToken: String?
        public let expiresIn: Int?

        enum CodingKeys: String, CodingKey {
            case idToken = "id_token", refreshToken = "refresh_token", expiresIn = "expires_in"
        }
    }

    struct Discovery: Decodable {
        let issuer: String
        let tokenEndpoint: String
        let deviceAuthorizationEndpoint: String?

        enum CodingKeys: String, CodingKey {
            case issuer, tokenEndpoint = "token_endpoint", deviceAuthorizationEndpoint = "device_authorization_endpoint"
        }
    }

    struct TokenError: Decodable {
        let error: String
    }

    static let maximumBytes = 1 << 20
    let client: HTTPClient

    public init(client: HTTPClient = .commandLine) {
        self.client = client
    }

    /// The token and device authorization endpoints of `issuer`.
    func endpoints(issuer: String) async throws -> (token: String, device: String) {
        let url = (issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer) + "/.well-known/openid-configuration"
        let (status, body) = try await send(url: url, form: nil)
        guard status == 200, let discovery = try? JSONDecoder().decode(Discovery.self, from: body), discovery.issuer == issuer else {
            throw ClientError.providerFailed(issuer)
        }
        guard let device = discovery.deviceAuthorizationEndpoint else { throw ClientError.providerFailed(issuer) }
        return (discovery.tokenEndpoint, device)
    }

    func startDeviceAuthorization(endpoint: String, clientID: String) async throws -> DeviceCode {
        let (status, body) = try await send(url: endpoint, form: ["client_id": clientID, "scope": "openid email"])
        guard status == 200, let code = try? JSONDecoder().decode(DeviceCode.self, from: body) else {
            throw ClientError.providerFailed(endpoint)
        }
        return code
    }

    /// Polls until the person has approved (or denied, or the code expired), waiting the
    /// interval the provider asks for between tries (five seconds more after `slow_down`).
    func pollForTokens(
        endpoint: String, clientID: String, code: DeviceCode, now: @Sendable () -> Int, sleep: @Sendable (Int) async throws -> Void
    ) async throws -> Tokens {
        var interval = max(1, code.interval ?? 5)
        let deadline = now() + code.expiresIn
        while now() < deadline {
            try await sleep(interval)
            let (status, body) = try await send(url: endpoint, form: [
                "grant_type": "urn:ietf:params:oauth:grant-type:device_code", "device_code": code.deviceCode, "client_id": clientID,
            ])
            if status == 200, let tokens = try? JSONDecoder().decode(Tokens.self, from: body) { return tokens }
            switch (try? JSONDecoder().decode(TokenError.self, from: body))?.error {
            case "authorization_pending": continue
            case "slow_down": interval += 5
            case "access_denied": throw ClientError.signInDenied
            case "expired_token": throw ClientError.signInExpired
            default: throw ClientError.providerFailed(endpoint)
            }
        }
        throw ClientError.signInExpired
    }

    func refresh(endpoint: String, clientID: String, refreshToken: String) async throws -> Tokens {
        let (status, body) = try await send(url: endpoint, form: [
            "grant_type": "refresh_token", "refresh_token": refreshToken, "client_id": clientID,
        ])
        guard status == 200, let tokens = try? JSONDecoder().decode(Tokens.self, from: body) else {
            throw ClientError.credentialRejected(endpoint)
        }
        return tokens
    }

    private func send(url: String, form: [String: String]?) async throws -> (Int, Data) {
        guard ProtectedAddress.isAllowed(url) else { throw ClientError.providerFailed(url) }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        if let form {
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: Self.formEncoded(form)))
        }
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            let body = try await response.body.collect(upTo: Self.maximumBytes)
            return (Int(response.status.code), Data(body.readableBytesView))
        } catch {
            throw ClientError.providerFailed(url)
        }
    }

    /// `application/x-www-form-urlencoded`, keys in order.
    static func formEncoded(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.sorted { $0.key < $1.key }.map { key, value in
            (key.addingPercentEncoding(withAllowedCharacters: allowed) ?? key) + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }
}
