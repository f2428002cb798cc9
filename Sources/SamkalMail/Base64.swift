import Foundation

/// Base64 as MIME uses it (RFC 2045 §6.8).
enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// Lines of at most 76 characters, each ended by CRLF.
    static func encodeLines(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed]) + "\r\n"
    }

    /// Decodes, ignoring line breaks and other characters outside the alphabet (RFC 2045).
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".utf8)
        var clean = String(decoding: text.utf8.filter(alphabet.contains), as: UTF8.self)
        if let padding = clean.firstIndex(of: "=") { clean = String(clean[..<padding]) }
        while clean.utf8.count % 4 != 0 { clean += "=" }
        return Data(base64Encoded: clean).map(Array.init)
    }
}
