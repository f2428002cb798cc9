/// Windows-1252, the code page Norwegian Excel saves "CSV (semikolondelt)" files in.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F; `nil` for the five the code page leaves undefined.
    /// Bytes 0xA0–0xFF are Latin-1, the same number as the Unicode scalar.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The text, if every byte is a character of the code page and no control character
    /// other than tab, line feed, form feed or carriage return appears; else the offset of
    /// the first byte that is not plausible text.
    static func decode(_ bytes: some Collection<UInt8>) -> Result<String, Offset> {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20..<0x7F, 0xA0...0xFF:
                scalars.append(Unicode.Scalar(byte))
            case 0x80...0x9F:
                guard let scalar = high[Int(byte - 0x80)] else { return .failure(Offset(value: offset)) }
                scalars.append(scalar)
            default:
                return .failure(Offset(value: offset))
            }
        }
        return .success(String(scalars))
    }

    /// Where in the bytes decoding stopped.
    struct Offset: Error {
        let value: Int
    }
}
