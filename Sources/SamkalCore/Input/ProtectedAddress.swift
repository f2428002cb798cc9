import Foundation

/// An address samkal sends credentials to or trusts keys from — a samkal server, an
/// identity provider: HTTPS anywhere, plain HTTP only to this machine (a server or
/// provider started for tests on loopback).
public enum ProtectedAddress {
    public static func isAllowed(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let host = components.host else { return false }
        switch components.scheme {
        case "https": return true
        case "http": return isLoopback(host)
        default: return false
        }
    }

    /// Whether only this machine reaches `host` (`localhost`, `127.0.0.0/8`, `::1`).
    public static func isLoopback(_ host: String?) -> Bool {
        guard let host = host?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]")) else { return false }
        return host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("127.") || host == "::1"
    }
}
