import Foundation

/// An email address with an optional display name, e.g. `Kari Nordmann <kari@afjord.kommune.no>`.
///
/// The address itself must be plain ASCII without spaces, angle brackets or line breaks
/// (samkal does not use SMTPUTF8); the display name may be any text and is encoded for
/// the header when it is written (RFC 2047).
public struct MailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The addr-spec, `local@domain`.
    public let address: String
    public let name: String?

    /// `nil` when `address` is not a usable addr-spec.
    public init?(_ address: String, name: String? = nil) {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard Self.isValid(trimmed) else { return nil }
        self.address = trimmed
        let cleaned = name.map(HeaderEncoding.singleLine)?.trimmingCharacters(in: .whitespaces)
        self.name = (cleaned?.isEmpty ?? true) ? nil : cleaned
    }

    /// One `@`, a non-empty local part and a domain with a dot, printable ASCII only and none
    /// of the characters that would let an address break out of its header or SMTP command.
    public static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), address.utf8.count <= 254
        else { return false }
        return address.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && !"<>()[]\\,;:\"".utf8.contains(byte)
        }
    }

    /// The header form: `Name <address>` with the name quoted or encoded as needed.
    public var headerValue: String {
        guard let name else { return address }
        return HeaderEncoding.phrase(name) + " <" + address + ">"
    }

    public var description: String { headerValue }
}
