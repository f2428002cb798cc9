import AsyncHTTPClient
import Foundation
import JWTKit
import NIOCore
import SamkalCore

/// The provider's documents over HTTPS (AsyncHTTPClient): bounded in time and size, and
/// plain HTTP only to this machine (a provider started for tests on loopback).
public struct HTTPOpenIDKeySource: OpenIDKeySource {
    /// Discovery documents and key sets are a few kilobytes; more is refused.
    static let maximumBytes = 1 << 20
    let client: HTTPClient
    let timeout: TimeAmount

    public init(client: HTTPClient = .shared, timeoutSeconds: Int64 = 10) {
        self.client = client
        self.timeout = .seconds(timeoutSeconds)
    }

    public func discovery(at url: String) async throws -> OpenIDDiscovery {
        try JSONDecoder().decode(OpenIDDiscovery.self, from: try await fetch(url))
    }

    public func keySet(at url: String) async throws -> JWKS {
        try JSONDecoder().decode(JWKS.self, from: try await fetch(url))
    }

    private func fetch(_ url: String) async throws -> Data {
        guard ProtectedAddress.isAllowed(url) else { throw AuthenticationFailure.providerUnavailable }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await client.execute(request, timeout: timeout)
        guard response.status == .ok else { throw AuthenticationFailure.providerUnavailable }
        let body = try await response.body.collect(upTo: Self.maximumBytes)
        return Data(body.readableBytesView)
    }
}
