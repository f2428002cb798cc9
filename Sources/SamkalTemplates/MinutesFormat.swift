/// The forms `samkal minutes show` renders minutes in; each is a template in `Templates/`.
public enum MinutesFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case md
    case html

    /// `minutes.text.mustache`, `minutes.md.mustache`, `minutes.html.mustache`.
    public var templateName: String { "minutes.\(rawValue)" }
}
