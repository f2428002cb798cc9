/// A text encoding samkal found in a file and does not read.
public enum UnsupportedEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    /// UTF-16 with the little-endian byte order mark (FF FE), or its zero bytes.
    case utf16LittleEndian
    /// UTF-16 with the big-endian byte order mark (FE FF), or its zero bytes.
    case utf16BigEndian
    /// UTF-32, either byte order.
    case utf32
    /// Zero bytes in no text pattern: not a text file at all.
    case binary
}
