/// A YAML syntax error as a user can act on it: libyaml's English problem, named in the
/// user's language with what to check. `other` stands for the rare ones.
public enum YAMLSyntaxProblem: String, Sendable, Hashable, Codable, CaseIterable {
    case colonNotAllowed
    case keyExpected
    case colonExpected
    case listNotClosed
    case mappingNotClosed
    case quoteNotClosed
    case unexpectedEnd
    case cannotStartValue
    case listEntryNotAllowed
    case valueExpected
    case listEntryExpected
    case severalDocuments
    case other

    /// The problem libyaml (or Yams' composer) reports: `problem`, while reading `context`.
    init(libyamlProblem problem: String, context: String?) {
        switch problem {
        case "mapping values are not allowed in this context": self = .colonNotAllowed
        case "did not find expected key": self = .keyExpected
        case "could not find expected ':'": self = .colonExpected
        case "did not find expected ',' or ']'": self = .listNotClosed
        case "did not find expected ',' or '}'": self = .mappingNotClosed
        case "found unexpected end of stream":
            self = context == "while scanning a quoted scalar" ? .quoteNotClosed : .unexpectedEnd
        case "found character that cannot start any token": self = .cannotStartValue
        case "block sequence entries are not allowed in this context": self = .listEntryNotAllowed
        case "did not find expected node content": self = .valueExpected
        case "did not find expected '-' indicator": self = .listEntryExpected
        case "but found another document": self = .severalDocuments
        default: self = .other
        }
    }
}
