/// The rest of a text after a prefix or before a suffix, or `nil` when it has none: how
/// the help and the parser's messages are read (`HelpTranslation`, `UsageErrorTranslation`),
/// and the web pages' form values (`person:ID`).
extension StringProtocol {
    public func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    public func dropping(suffix: String) -> String? {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
    }
}
