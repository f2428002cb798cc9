import JWTKit

/// Where the verifier gets the provider's discovery document and key set: over HTTPS in
/// production (`HTTPOpenIDKeySource`), from values in tests.
public protocol OpenIDKeySource: Sendable {
    func discovery(at url: String) async throws -> OpenIDDiscovery
    func keySet(at url: String) async throws -> JWKS
}
