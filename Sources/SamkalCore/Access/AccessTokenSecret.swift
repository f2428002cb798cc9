import Crypto
import Foundation

/// The secret of a personal access token: `samkal_` and 256 random bits in URL-safe
/// base64 (43 characters). The prefix lets secret scanners and people recognise one; only
/// its SHA-256 is stored.
public enum AccessTokenSecret {
    public static let prefix = "samkal_"

    /// A new secret from `random` (the caller's source: the system's in production).
    public static func generate(using random: inout some RandomNumberGenerator) -> String {
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        // URL-safe base64 without padding (RFC 4648 §5).
        return prefix + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether `text` has a secret's shape: anything else is refused without a store lookup.
    public static func looksValid(_ text: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let body = text.utf8.dropFirst(prefix.utf8.count)
        return body.count == 43 && body.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
    }

    /// Lower-case hex SHA-256 of the secret, as stored.
    public static func hash(_ secret: String) -> String {
        HexDigest.lowercase(SHA256.hash(data: Array(secret.utf8)))
    }
}
