import Crypto
import Foundation
import SamkalCore

/// The secret in a subscribe URL: 256 random bits, URL-safe base64. Only its SHA-256 is
/// stored, so a copy of the database does not give access to anyone's calendar.
public enum FeedToken {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return RandomSecret.make(using: &generator)
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
