/// The rest of a text after a prefix or before a suffix, or `nil` when it has none: how
/// the help and the parser's messages are read (`HelpTranslation`, `UsageErrorTranslation`).
extension StringProtocol {
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    func dropping(suffix: String) -> String? {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil
    }
}
