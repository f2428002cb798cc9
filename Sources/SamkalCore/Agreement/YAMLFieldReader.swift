import Foundation
import Yams

/// A YAML node with the path and position it was read from.
struct YAMLField {
    let node: Node
    let path: String
    let location: SourceLocation

    func child(_ key: String, node: Node, file: String) -> YAMLField {
        YAMLField(
            node: node,
            path: path.isEmpty ? key : "\(path).\(key)",
            location: node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? location
        )
    }
}

/// The keys of one YAML mapping, after unknown and missing keys were reported.
struct YAMLMapping {
    let field: YAMLField
    private let values: [String: YAMLField]

    init(field: YAMLField, values: [String: YAMLField]) {
        self.field = field
        self.values = values
    }

    subscript(key: String) -> YAMLField? { values[key] }
}

/// Reads typed values out of a Yams node tree and collects every problem with its
/// location, so one run reports all errors in a file rather than only the first.
final class YAMLFieldReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Composes the document; reports a syntax error (with its position) or an empty file.
    /// `YAMLPreflight` reads the events first, so aliases, deep nesting, huge scalars and
    /// duplicate keys are refused before a node tree is built.
    func root(of yaml: String) -> YAMLField? {
        let problems = YAMLPreflight.problems(in: yaml, file: file)
        guard problems.isEmpty else {
            diagnostics += problems
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                report(at: SourceLocation(file: file, line: 1, column: 1), field: "", .emptyDocument)
                return nil
            }
            let location = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            return YAMLField(node: node, path: "", location: location)
        } catch let error as YamlError {
            let (mark, problem) = Self.describe(error)
            let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
            report(at: location, field: "", .yamlSyntaxError(problem))
            return nil
        } catch {
            report(at: SourceLocation(file: file, line: 1, column: 1), field: "", .yamlSyntaxError(.other))
            return nil
        }
    }

    /// Where Yams stopped and why, in the user's words (never Yams' or libyaml's English).
    private static func describe(_ error: YamlError) -> (Mark?, YAMLSyntaxProblem) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return (mark, YAMLSyntaxProblem(libyamlProblem: problem, context: context?.text))
        case .duplicatedKeysInMapping(_, let context):
            return (context.mark, .other)
        default:
            return (nil, .other)
        }
    }

    func report(at location: SourceLocation, field: String, _ problem: InputProblem) {
        diagnostics.append(Diagnostic(location: location, field: field, problem: problem))
    }

    func report(_ field: YAMLField, _ problem: InputProblem) {
        report(at: field.location, field: field.path, problem)
    }

    /// A mapping with only the given keys; reports unknown, duplicated and missing ones.
    func mapping(_ field: YAMLField, required: [String], optional: [String] = []) -> YAMLMapping? {
        guard case .mapping(let mapping) = field.node else {
            report(field, .wrongType(expected: .mapping))
            return nil
        }
        let allowed = required + optional
        var values: [String: YAMLField] = [:]
        for (keyNode, valueNode) in mapping {
            let keyField = field.child(keyNode.string ?? "?", node: keyNode, file: file)
            guard let key = keyNode.string else {
                report(keyField, .wrongType(expected: .text))
                continue
            }
            guard allowed.contains(key) else {
                report(keyField, .unknownKey(key, allowed: allowed))
                continue
            }
            guard values[key] == nil else {
                report(keyField, .duplicateKey(key))
                continue
            }
            values[key] = field.child(key, node: valueNode, file: file)
        }
        for key in required where values[key] == nil {
            report(field, .missingKey(key))
        }
        return YAMLMapping(field: field, values: values)
    }

    func list(_ field: YAMLField, allowEmpty: Bool = false) -> [YAMLField]? {
        guard case .sequence(let sequence) = field.node else {
            report(field, .wrongType(expected: .list))
            return nil
        }
        if sequence.isEmpty && !allowEmpty {
            report(field, .emptyList)
            return nil
        }
        return sequence.enumerated().map { index, node in
            YAMLField(
                node: node,
                path: "\(field.path)[\(index)]",
                location: node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? field.location
            )
        }
    }

    /// A short text: a name, a title, an id (`InputLimits.shortTextCharacters`).
    func string(_ field: YAMLField) -> String? {
        string(field, maximumLength: InputLimits.shortTextCharacters)
    }

    /// A text of at most `maximumLength` characters (`InputLimits`).
    func string(_ field: YAMLField, maximumLength: Int) -> String? {
        guard case .scalar(let scalar) = field.node else {
            report(field, .wrongType(expected: .text))
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            report(field, .wrongType(expected: .text))
            return nil
        }
        let length = text.count
        guard length <= maximumLength else {
            report(field, .textTooLong(length: length, limit: maximumLength))
            return nil
        }
        return text
    }

    /// Free text: an agenda item, the revision's text, a file path.
    func longString(_ field: YAMLField) -> String? {
        string(field, maximumLength: InputLimits.longTextCharacters)
    }

    func strings(_ field: YAMLField, allowEmpty: Bool = false, maximumLength: Int = InputLimits.shortTextCharacters) -> [String]? {
        guard let items = list(field, allowEmpty: allowEmpty) else { return nil }
        let values = items.compactMap { string($0, maximumLength: maximumLength) }
        return values.count == items.count ? values : nil
    }

    func int(_ field: YAMLField, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(field) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            report(field, .invalidNumber(text, range: range))
            return nil
        }
        return value
    }

    func bool(_ field: YAMLField) -> Bool? {
        guard let text = string(field) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nei": return false
        default:
            report(field, .wrongType(expected: .boolean))
            return nil
        }
    }

    func date(_ field: YAMLField) -> LocalDate? {
        guard let text = string(field) else { return nil }
        guard let date = LocalDate(iso: text) else {
            report(field, .impossibleDate(text))
            return nil
        }
        return date
    }

    func monthDay(_ field: YAMLField) -> MonthDay? {
        guard let text = string(field) else { return nil }
        guard let value = MonthDay(text: text) else {
            report(field, .invalidMonthDay(text))
            return nil
        }
        return value
    }

    func time(_ field: YAMLField) -> LocalTime? {
        guard let text = string(field) else { return nil }
        guard let time = LocalTime(text: text) else {
            report(field, .invalidTime(text))
            return nil
        }
        return time
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ field: YAMLField, of type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = string(field) else { return nil }
        guard let value = Value(rawValue: text) else {
            report(field, .invalidChoice(text, allowed: Value.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// A weekday by its English code (`tuesday`) or its bokmål or nynorsk name (`tirsdag`, `tysdag`).
    func weekday(_ field: YAMLField) -> Weekday? {
        guard let text = string(field) else { return nil }
        let lowered = text.lowercased()
        if let day = Weekday(rawValue: lowered) ?? Weekday.allCases.first(where: { $0.name(in: .nb) == lowered || $0.name(in: .nn) == lowered }) {
            return day
        }
        report(field, .invalidChoice(text, allowed: Weekday.allCases.map(\.rawValue)))
        return nil
    }
}
