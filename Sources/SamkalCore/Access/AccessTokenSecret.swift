import Crypto

/// The secret of a personal access token: `samkal_` and 256 random bits in URL-safe
/// base64 (43 characters). The prefix lets secret scanners and people recognise one; only
/// its SHA-256 is stored.
public enum AccessTokenSecret {
    public static let prefix = "samkal_"

    /// A new secret from `random` (the caller's source: the system's in production).
    public static func generate(using random: inout some RandomNumberGenerator) -> String {
        prefix + RandomSecret.make(using: &random)
    }

    /// Whether `text` has a secret's shape: anything else is refused without a store lookup.
    public static func looksValid(_ text: String) -> Bool {
        text.hasPrefix(prefix) && RandomSecret.looksValid(text.dropFirst(prefix.count))
    }

    /// Lower-case hex SHA-256 of the secret, as stored.
    public static func hash(_ secret: String) -> String {
        HexDigest.lowercase(SHA256.hash(data: Array(secret.utf8)))
    }
}
