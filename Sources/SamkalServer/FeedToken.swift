import Crypto
import Foundation
import SamkalCore

/// The secret in a subscribe URL: 256 random bits, URL-safe base64. Only its SHA-256 is
/// stored, so a copy of the database does not give access to anyone's calendar.
public enum FeedToken {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Hex SHA-256 of the token, as stored.
    public static func hash(_ token: String) -> String {
        hex(SHA256.hash(data: Data(token.utf8)))
    }

    /// Lower-case hex of a digest (`HexDigest`).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        HexDigest.lowercase(bytes)
    }

    /// Whether a path component could be a token (so guesses of any shape get the same 404).
    public static func looksValid(_ token: String) -> Bool {
        token.utf8.count == 43 && token.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
    }
}
