import Foundation
import SamkalCore

/// The public address calendar programs reach `samkal serve` at, and the two forms of a
/// subscription link made from it: `https://…/feeds/TOKEN.ics` (Google, Outlook on the web)
/// and `webcal://…/feeds/TOKEN.ics` (opens the subscribe dialog in Apple Calendar and
/// Outlook). Every link samkal prints is made here, so `feeds add` and `serve` agree.
public struct SubscriptionAddress: Sendable, Hashable {
    /// The base without a trailing slash, e.g. `https://kalender.afjord.kommune.no`.
    public let base: String
    /// Whether nobody gave the address (`--base-url`, `SAMKAL_BASE_URL`) and samkal guessed it
    /// from where it listens.
    public let isGuessed: Bool

    /// A given base URL, checked: `http` or `https`, a host, no query or fragment.
    /// Returns nil when it is not such a URL.
    public init?(given text: String) {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil, components.user == nil
        else { return nil }
        base = trimmed
        isGuessed = false
    }

    /// The address guessed from where the server listens: a wildcard address (`0.0.0.0`,
    /// `::`) or none becomes `localhost`.
    public init(listeningHost host: String, port: Int) {
        let shown: String
        switch host {
        case "", "0.0.0.0", "::", "[::]": shown = "localhost"
        default: shown = Self.urlHost(host)
        }
        base = "http://\(shown):\(port)"
        isGuessed = true
    }

    /// A host as it stands in a URL: an IPv6 address in brackets.
    public static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    /// The host part of the base.
    public var host: String { URLComponents(string: base)?.host ?? "" }

    /// Whether only this machine reaches the address (`localhost`, `127.0.0.0/8`, `::1`).
    public var isLoopback: Bool { ProtectedAddress.isLoopback(host) }

    /// Whether links would travel without TLS (their token is the only key to the calendar).
    public var isPlainHTTP: Bool { base.lowercased().hasPrefix("http:") }

    /// Both forms of the link to the feed with `token`.
    public func links(for token: String) -> (http: String, webcal: String) {
        let http = "\(base)/feeds/\(token).ics"
        let afterScheme = http.split(separator: ":", maxSplits: 1).last.map(String.init) ?? http
        return (http, "webcal:" + afterScheme)
    }
}
