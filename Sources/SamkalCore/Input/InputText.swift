/// Turns the bytes of an input file into text, or says in which encoding it came and how
/// to save it as UTF-8.
///
/// UTF-8 is read with or without its byte order mark (which is dropped). A participants
/// CSV file that is not UTF-8 is read as Windows-1252, as Norwegian Excel saves it, when
/// every byte is a plausible character of that code page and no UTF-8 is mixed in. UTF-16, UTF-32 and binary files
/// are refused at `file:1:1`; text that is neither is refused where the first character
/// that is not UTF-8 stands. One pass over the bytes; pure.
public enum InputText {
    public static func decode(_ bytes: [UInt8], file: String, kind: InputFileKind) throws(DiagnosticsError) -> String {
        if let encoding = unsupportedEncoding(bytes) {
            throw DiagnosticsError([Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1), field: "",
                problem: .unsupportedEncoding(encoding, kind: kind)
            )])
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        if kind.acceptsWindows1252, !containsMultibyteUTF8(body), case .success(let text) = Windows1252.decode(body) {
            return text
        }
        throw DiagnosticsError([Diagnostic(
            location: firstInvalidUTF8(in: body, file: file), field: "",
            problem: .notUTF8(kind: kind)
        )])
    }

    /// The encoding of a file that is not 8-bit text: by its byte order mark, else by
    /// where its zero bytes stand.
    static func unsupportedEncoding(_ bytes: [UInt8]) -> UnsupportedEncoding? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32 }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        guard bytes.contains(0) else { return nil }
        // ASCII in UTF-16 without a mark: every other byte is zero.
        let sample = bytes.prefix(512)
        let zeros = sample.indices.filter { sample[$0] == 0 }
        if sample.count >= 2, zeros.count * 2 >= sample.count - 1 {
            if zeros.allSatisfy({ $0 % 2 == 1 }) { return .utf16LittleEndian }
            if zeros.allSatisfy({ $0 % 2 == 0 }) { return .utf16BigEndian }
        }
        return .binary
    }

    /// Whether the bytes hold a character UTF-8 writes in two bytes or more: then text that
    /// is not all UTF-8 has two encodings in it, and reading it as Windows-1252 would turn
    /// every "ø" into "Ã¸".
    static func containsMultibyteUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar) where !scalar.isASCII: return true
            case .scalarValue, .error: continue
            case .emptyInput: return false
            }
        }
    }

    /// Line and column (in characters) of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                break loop
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
