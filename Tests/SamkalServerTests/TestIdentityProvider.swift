import _CryptoExtras
import Foundation
import JWTKit
import SamkalAuthentication
import Synchronization

/// An identity provider in memory: an RSA and an EC signing key published as a key set,
/// tokens minted with any claims and header, and a count of how often the key set was
/// fetched. For the verifier's own tests; the command line's tests use a real provider.
final class TestIdentityProvider: OpenIDKeySource {
    static let issuer = "https://idp.test.example.no"
    static let audience = "samkal-cli"

    let rsa: JWTKit.Insecure.RSA.PrivateKey
    let ec = ES256PrivateKey()
    let signers = JWTKeyCollection()
    private let fetches = Mutex(0)
    /// Whether the key set also publishes `rotated` (a key added after the first fetch).
    let publishesRotated = Mutex(false)
    let rotated = ES256PrivateKey()

    var keySetFetches: Int { fetches.withLock { $0 } }

    init() async throws {
        rsa = try JWTKit.Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        await signers.add(rsa: rsa, digestAlgorithm: .sha256, kid: "rsa-1")
        await signers.add(ecdsa: ec, kid: "ec-1")
        await signers.add(ecdsa: rotated, kid: "ec-2")
    }

    var settings: OpenIDSettings {
        OpenIDSettings(issuer: Self.issuer, audiences: [Self.audience], identityClaim: "email")
    }

    func discovery(at url: String) async throws -> OpenIDDiscovery {
        guard url == settings.discoveryURL else { throw AuthenticationFailure.providerUnavailable }
        return OpenIDDiscovery(issuer: Self.issuer, jwksURI: Self.issuer + "/jwks", tokenEndpoint: nil, deviceAuthorizationEndpoint: nil, authorizationEndpoint: nil)
    }

    func keySet(at url: String) async throws -> JWKS {
        fetches.withLock { $0 += 1 }
        let primitives = try rsa.publicKey.getKeyPrimitives()
        var keys: [[String: String]] = [
            ["kty": "RSA", "kid": "rsa-1", "n": Self.base64URL(primitives.modulus), "e": Self.base64URL(primitives.publicExponent)],
            Self.ecJWK(ec.publicKey, kid: "ec-1"),
        ]
        if publishesRotated.withLock({ $0 }) { keys.append(Self.ecJWK(rotated.publicKey, kid: "ec-2")) }
        return try JSONDecoder().decode(JWKS.self, from: JSONSerialization.data(withJSONObject: ["keys": keys]))
    }

    static func ecJWK(_ key: ES256PublicKey, kid: String) -> [String: String] {
        ["kty": "EC", "crv": "P-256", "kid": kid, "x": key.parameters?.x ?? "", "y": key.parameters?.y ?? ""]
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Claims of a token that is good at `now` (seconds since 1970) unless changed.
    static func claims(email: String, now: Int) -> [String: Any] {
        ["iss": issuer, "sub": "sub-" + email, "aud": audience, "exp": now + 600, "iat": now, "nbf": now - 5, "email": email]
    }

    /// A token signed by the key `kid` names, with that kid in its header.
    func token(_ claims: [String: Any], signedWith kid: String = "rsa-1") async throws -> String {
        let payload = try JSONDecoder().decode(RawClaims.self, from: JSONSerialization.data(withJSONObject: claims))
        return try await signers.sign(payload, kid: JWKIdentifier(string: kid))
    }

    /// `token` with its claims replaced after signing: the signature no longer fits.
    static func tampered(_ token: String, claims: [String: Any]) throws -> String {
        let parts = token.split(separator: ".")
        return parts[0] + "." + base64URL(try JSONSerialization.data(withJSONObject: claims)) + "." + parts[2]
    }

    /// A token with a header of our choosing and no valid signature (`alg: none` and the like).
    static func unsigned(header: [String: Any], claims: [String: Any], signature: String = "") throws -> String {
        let head = base64URL(try JSONSerialization.data(withJSONObject: header))
        let body = base64URL(try JSONSerialization.data(withJSONObject: claims))
        return head + "." + body + "." + signature
    }

    /// HS256 over the token with the RSA public key's PEM as the shared secret: the
    /// algorithm-confusion attack.
    func hmacWithPublicKey(claims: [String: Any]) throws -> String {
        let head = Self.base64URL(try JSONSerialization.data(withJSONObject: ["alg": "HS256", "kid": "rsa-1", "typ": "JWT"]))
        let body = Self.base64URL(try JSONSerialization.data(withJSONObject: claims))
        let key = SymmetricKey(data: Data(rsa.publicKey.pemRepresentation.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data((head + "." + body).utf8), using: key)
        return head + "." + body + "." + Self.base64URL(Data(mac))
    }
}

/// Any claims, as a payload jwt-kit can sign.
struct RawClaims: JWTPayload {
    let values: [String: JSONValue]

    enum JSONValue: Codable {
        case string(String), number(Double), strings([String])
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let strings = try? container.decode([String].self) {
                self = .strings(strings)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .strings(let strings): try container.encode(strings)
            }
        }
    }

    init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: JSONValue].self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
