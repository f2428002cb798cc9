/// Header values as RFC 5322 and RFC 2047 want them: one line, ASCII, encoded words for
/// everything else, folded under 78 characters.
///
/// Names and titles come from agreements and participant lists; a CR or LF in them must
/// never start a new header (header injection), so every value is first made one line.
public enum HeaderEncoding {
    /// The value with every control character (CR, LF, TAB, …) replaced by a space.
    public static func singleLine(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
    }

    /// An unstructured header value (Subject): plain when it is printable ASCII, otherwise
    /// UTF-8 encoded words (`=?UTF-8?B?…?=`), each at most 75 characters, folded.
    public static func unstructured(_ value: String, fieldName: String) -> String {
        let text = singleLine(value)
        if isPlainASCII(text) && !text.contains("=?") {
            return fold(words: text.split(separator: " ", omittingEmptySubsequences: false).map(String.init), firstLineUsed: fieldName.count + 2)
        }
        return fold(words: encodedWords(text, firstLineUsed: fieldName.count + 2), firstLineUsed: fieldName.count + 2)
    }

    /// A display name (phrase): atoms as they are, a quoted string when it has specials,
    /// encoded words when it is not ASCII.
    public static func phrase(_ value: String) -> String {
        let text = singleLine(value)
        guard isPlainASCII(text), !text.contains("=?") else {
            return encodedWords(text, firstLineUsed: 6).joined(separator: " ")  // after "From: "
        }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ".utf8)
        if text.utf8.allSatisfy(atext.contains) { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Encoded words of at most 75 characters, never splitting a UTF-8 character.
    static func encodedWords(_ text: String, firstLineUsed: Int) -> [String] {
        let prefix = "=?UTF-8?B?"
        let suffix = "?="
        // 75 characters per word: 12 for the markers leave 63 for base64, i.e. 45 bytes.
        // The first word shares its line with the field name, and a line holding encoded
        // words stays within 76 characters (RFC 2047 §2).
        let firstWordBytes = max(3, (76 - firstLineUsed - 12) / 4 * 3)
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            let maximumBytes = words.isEmpty ? firstWordBytes : 45
            if !chunk.isEmpty && chunk.count + bytes.count > maximumBytes {
                words.append(prefix + Base64.encode(chunk) + suffix)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(prefix + Base64.encode(chunk) + suffix) }
        return words
    }

    /// Joins words with spaces, breaking lines (CRLF + space) before 78 characters.
    static func fold(words: [String], firstLineUsed: Int) -> String {
        var result = ""
        var lineLength = firstLineUsed
        for (index, word) in words.enumerated() {
            if index > 0 {
                if lineLength + 1 + word.utf8.count > 78 {
                    result += "\r\n "
                    lineLength = 1
                } else {
                    result += " "
                    lineLength += 1
                }
            }
            result += word
            lineLength += word.utf8.count
        }
        return result
    }
}
