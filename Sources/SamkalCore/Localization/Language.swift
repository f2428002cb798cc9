/// The language of user texts: Norwegian bokmål by default, English on request.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case nb
    case en

    /// BCP 47 tag, for iCalendar LANGUAGE parameters and HTTP headers.
    public var tag: String {
        switch self {
        case .nb: "nb-NO"
        case .en: "en"
        }
    }
}
