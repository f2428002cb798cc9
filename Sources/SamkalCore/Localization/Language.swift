/// The language of user texts: Norwegian bokmål by default, nynorsk and English on request.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Norsk bokmål.
    case nb
    /// Norsk nynorsk.
    case nn
    case en

    /// BCP 47 tag, for iCalendar LANGUAGE parameters and HTTP headers.
    public var tag: String {
        switch self {
        case .nb: "nb-NO"
        case .nn: "nn-NO"
        case .en: "en"
        }
    }

    /// The text in this language. Every text is given in every language at once, so a
    /// sentence cannot exist in one language only: the compiler asks for all three.
    public func pick(nb: @autoclosure () -> String, nn: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .nb: nb()
        case .nn: nn()
        case .en: en()
        }
    }
}
