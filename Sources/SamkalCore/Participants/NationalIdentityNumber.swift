/// The shape of a Norwegian national identity number (fødselsnummer or D-nummer): eleven
/// digits, however they are written — `01019012345`, `010190 12345`, `010190-12345`.
/// samkal never stores one as an id: it identifies a person everywhere, for life.
public enum NationalIdentityNumber {
    /// Characters people put between the digits.
    static let separators: Set<Character> = [" ", "-", ".", "/", "\u{00A0}", "\u{2009}", "\u{2010}", "\u{2011}", "\u{2013}"]

    /// Whether `text` is eleven digits once separators are removed.
    public static func looksLike(_ text: String) -> Bool {
        let digits = text.filter { !separators.contains($0) }
        return digits.count == 11 && digits.allSatisfy(\.isNumber)
    }
}
