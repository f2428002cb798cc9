/// TEXT escaping for X- properties, which libical 3.0 writes without escaping `,` and `;`
/// (it doubles backslashes only) although RFC 5545 §3.8.8.2 makes TEXT their default value
/// type: `X-WR-CALNAME:samkal: Flyktningtjenesten, Åfjord kommune` then reads as
/// "samkal: Flyktningtjenesten" in parsers that honour the rule (vobject).
///
/// The value is handed to libical with each character that needs escaping replaced by a
/// private-use stand-in, so libical builds, folds and serialises the property as usual; the
/// stand-ins are then turned into their escapes. A stand-in is one character of three
/// octets and its escape two, so a folded line only gets shorter.
enum ExtendedTextEscaping {
    private static let standIns: [(character: Character, standIn: Character, escape: String)] = [
        ("\\", "\u{E000}", "\\\\"), (",", "\u{E001}", "\\,"), (";", "\u{E002}", "\\;"), ("\n", "\u{E003}", "\\n"),
    ]

    /// The value to give libical: stand-ins for the characters to escape (and none of the
    /// stand-ins themselves, should the text hold them).
    static func protected(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if standIns.contains(where: { $0.standIn == character }) { continue }
            if let entry = standIns.first(where: { $0.character == character }) {
                result.append(entry.standIn)
            } else if character == "\r\n" || character == "\r" {
                result.append("\u{E003}")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// libical's output with every stand-in turned into its escape.
    static func restored(_ serialized: String) -> String {
        guard serialized.unicodeScalars.contains(where: { (0xE000...0xE003).contains($0.value) }) else { return serialized }
        var result = ""
        result.reserveCapacity(serialized.utf8.count)
        for character in serialized {
            if let entry = standIns.first(where: { $0.standIn == character }) {
                result += entry.escape
            } else {
                result.append(character)
            }
        }
        return result
    }
}
