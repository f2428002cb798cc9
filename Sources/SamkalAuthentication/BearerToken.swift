import Foundation

/// The credential of an `Authorization: Bearer …` header (RFC 6750 §2.1).
public enum BearerToken {
    /// Longer tokens are refused unread (identity providers' tokens are a few kilobytes).
    public static let maximumLength = 16_384

    /// The token of the header, or nil: no header, another scheme, empty or too long.
    public static func token(fromAuthorization header: String?) -> String? {
        guard let header, header.utf8.count <= maximumLength + 7 else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, token.utf8.count <= maximumLength else { return nil }
        return token
    }
}
