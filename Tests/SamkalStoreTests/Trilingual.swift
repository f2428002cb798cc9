import SamkalCore
import Testing

/// The rule every user text keeps, as `SamkalCoreTests` holds the core's texts to it: given
/// in bokmål, nynorsk and English; English is not bokmål; and a text of more than three
/// words is not the same in nynorsk as in bokmål.
enum Trilingual {
    /// Words with a letter in them.
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count
    }

    static func expect(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ text: (Language) -> String) {
        let nb = text(.nb), nn = text(.nn), en = text(.en)
        for (language, value) in [(Language.nb, nb), (.nn, nn), (.en, en)] {
            #expect(value.contains { !$0.isWhitespace }, "\(name) has no \(language.rawValue) text", sourceLocation: sourceLocation)
        }
        #expect(en != nb, "\(name) is bokmål in English: «\(en)»", sourceLocation: sourceLocation)
        if words(nb) > 3 {
            #expect(nn != nb, "\(name) is bokmål in nynorsk: «\(nn)»", sourceLocation: sourceLocation)
        }
    }
}
