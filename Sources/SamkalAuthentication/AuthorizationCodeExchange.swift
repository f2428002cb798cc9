import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import SamkalCore

/// The OpenID Connect authorization-code flow with PKCE (RFC 7636, S256), as the web pages
/// sign in: where to send the browser, and the code it brings back exchanged at the token
/// endpoint for the ID token. Bounded in time and size; plain HTTP only to this machine.
public struct AuthorizationCodeExchange: Sendable {
    /// A token answer is a few kilobytes; more is refused.
    static let maximumBytes = 1 << 16
    let client: HTTPClient
    let timeout: TimeAmount

    public init(client: HTTPClient = .shared, timeoutSeconds: Int64 = 10) {
        self.client = client
        self.timeout = .seconds(timeoutSeconds)
    }

    /// A fresh code verifier (43 characters of base64url from 32 random bytes) and its S256 challenge.
    public static func verifier(using random: inout some RandomNumberGenerator) -> (verifier: String, challenge: String) {
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        let verifier = Self.base64URL(bytes)
        return (verifier, challenge(for: verifier))
    }

    public static func challenge(for verifier: String) -> String {
        base64URL(Array(SHA256.hash(data: Array(verifier.utf8))))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The address of the provider's login page for this sign-in.
    public static func authorizationURL(
        endpoint: String, clientID: String, redirectURI: String, state: String, challenge: String
    ) -> String? {
        guard var components = URLComponents(string: endpoint) else { return nil }
        components.queryItems = (components.queryItems ?? []) + [
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "client_id", value: clientID),
            URLQueryItem(name: "redirect_uri", value: redirectURI),
            URLQueryItem(name: "scope", value: "openid email"),
            URLQueryItem(name: "state", value: state),
            URLQueryItem(name: "code_challenge", value: challenge),
            URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
        return components.url?.absoluteString
    }

    /// The ID token the provider gives for `code`; `AuthenticationFailure.providerUnavailable`
    /// when it cannot be reached or refuses the code.
    public func idToken(code: String, verifier: String, redirectURI: String, clientID: String, tokenEndpoint: String) async throws -> String {
        guard ProtectedAddress.isAllowed(tokenEndpoint) else { throw AuthenticationFailure.providerUnavailable }
        var form = URLComponents()
        form.queryItems = [
            URLQueryItem(name: "grant_type", value: "authorization_code"),
            URLQueryItem(name: "code", value: code),
            URLQueryItem(name: "redirect_uri", value: redirectURI),
            URLQueryItem(name: "client_id", value: clientID),
            URLQueryItem(name: "code_verifier", value: verifier),
        ]
        // Form encoding: URLComponents leaves `+` and `&` in values as they are; escape them.
        let body = (form.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        var request = HTTPClientRequest(url: tokenEndpoint)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "Accept", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        let response: HTTPClientResponse
        let bytes: ByteBuffer
        do {
            response = try await client.execute(request, timeout: timeout)
            bytes = try await response.body.collect(upTo: Self.maximumBytes)
        } catch {
            throw AuthenticationFailure.providerUnavailable
        }
        struct Answer: Decodable {
            let id_token: String?
        }
        guard response.status == .ok, let answer = try? JSONDecoder().decode(Answer.self, from: Data(bytes.readableBytesView)),
              let token = answer.id_token
        else { throw AuthenticationFailure.providerUnavailable }
        return token
    }
}
