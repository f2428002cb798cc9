import Crypto
import Foundation

/// The secret in a subscribe URL: 256 random bits, URL-safe base64. Only its SHA-256 is
/// stored, so a copy of the database does not give access to anyone's calendar.
public enum FeedToken {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return generate(using: &generator)
    }

    /// A new token from `random` (the caller's source: the system's in production).
    public static func generate(using random: inout some RandomNumberGenerator) -> String {
        RandomSecret.make(using: &random)
    }

    /// Hex SHA-256 of the token, as stored.
    public static func hash(_ token: String) -> String {
        HexDigest.lowercase(SHA256.hash(data: Data(token.utf8)))
    }

    /// Whether a path component could be a token (so guesses of any shape get the same 404).
    public static func looksValid(_ token: String) -> Bool {
        RandomSecret.looksValid(token)
    }
}
