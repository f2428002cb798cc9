import SamkalCore
import Testing

/// The rule every user text keeps (`LanguageCompletenessTests`): it is given in bokmål,
/// nynorsk and English; the English is not the bokmål; and a text of more than three words
/// is not the same in nynorsk as in bokmål — nynorsk must be nynorsk, not bokmål with a
/// word changed.
enum Trilingual {
    /// Texts that are rightly the same in English and bokmål: ids and numbers around "OK",
    /// a reply's PARTSTAT line, and a reader's own sentence passed through.
    static let sameInEnglish: Set<String> = [
        "UserText.agreementOK", "UserText.replyRecorded", "InputProblem.replyRefused", "InputProblem.described",
        "SubscriptionKindText.person", "WebText.status", "WebText.person", "InternalControlText.status",
        // Value placeholders that are the same word (or the accepted values) in both.
        "OptionHelp.personIDValue", "OptionHelp.idValue", "OptionHelp.yesNoValue", "OptionHelp.portValue",
        "OptionHelp.statusValue", "OptionHelp.formatValue", "OptionHelp.securityValue",
    ]

    /// Texts of more than three words that are rightly the same in nynorsk and bokmål.
    static let sameInNynorsk: Set<String> = [
        "UserText.replyRecorded",
        // Help lines whose every word is spelt alike in nynorsk.
        "OptionHelp.planJSON", "OptionHelp.participantFinalGoal", "OptionHelp.participantEndOn", "OptionHelp.minutesFile",
        "OptionHelp.port", "OptionHelp.smtpSecurity",
    ]

    /// Words with a letter in them (numbers, dashes and arrows are not words).
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count
    }

    /// Checks the texts `text` gives for `name` in every language.
    static func expect(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ text: (Language) -> String) {
        let nb = text(.nb), nn = text(.nn), en = text(.en)
        for (language, value) in [(Language.nb, nb), (.nn, nn), (.en, en)] {
            #expect(value.contains { !$0.isWhitespace }, "\(name) has no \(language.rawValue) text", sourceLocation: sourceLocation)
        }
        if sameInEnglish.contains(name) {
            #expect(en == nb, "\(name) differs in English now: take it off Trilingual.sameInEnglish", sourceLocation: sourceLocation)
        } else {
            #expect(en != nb, "\(name) is bokmål in English: «\(en)»", sourceLocation: sourceLocation)
        }
        if sameInNynorsk.contains(name) {
            #expect(nn == nb, "\(name) differs in nynorsk now: take it off Trilingual.sameInNynorsk", sourceLocation: sourceLocation)
        } else if words(nb) > 3 {
            #expect(nn != nb, "\(name) is bokmål in nynorsk: «\(nn)»", sourceLocation: sourceLocation)
        }
    }
}
