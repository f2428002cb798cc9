import JWTKit

/// The claims samkal reads of a token: the registered ones it checks, and every string
/// claim (the identity claim is one of them, by the configured name).
struct OpenIDClaims: JWTPayload {
    let issuer: String?
    let subject: String?
    let audience: [String]
    let expires: Double?
    let notBefore: Double?
    /// Top-level claims with a string value.
    let strings: [String: String]

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var strings: [String: String] = [:]
        // A token is at most `BearerToken.maximumLength` long, so this loop is bounded by it.
        for key in container.allKeys {
            if let value = try? container.decode(String.self, forKey: key) { strings[key.stringValue] = value }
        }
        self.strings = strings
        issuer = strings["iss"]
        subject = strings["sub"]
        if let one = strings["aud"] {
            audience = [one]
        } else {
            audience = (try? container.decode([String].self, forKey: Key(stringValue: "aud"))) ?? []
        }
        expires = try? container.decode(Double.self, forKey: Key(stringValue: "exp"))
        notBefore = try? container.decode(Double.self, forKey: Key(stringValue: "nbf"))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in strings { try container.encode(value, forKey: Key(stringValue: key)) }
    }

    /// The time claims are checked by `OpenIDTokenVerifier` against the clock it is given.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
