import CYaml

/// A first pass over an agreement's YAML events, before Yams builds a node tree: refuses
/// what would make building or reading the tree slow or unbounded, each where it stands.
///
/// - aliases (`*name`): none are allowed (`InputLimits.yamlAliases`), so a "billion
///   laughs" file is refused before anything is expanded;
/// - nesting deeper than `InputLimits.yamlDepth` (Yams builds the tree recursively);
/// - a scalar longer than `InputLimits.yamlScalarCharacters` (Unicode scalars);
/// - a key that appears twice in one mapping (at the second, with its field path);
/// - syntax errors, in the user's language, with tabs used for indentation named as such.
///
/// libyaml's event parser keeps its own stacks, so the pass takes time in proportion to
/// the text and stops at the first alias, the first level too deep or the first syntax
/// error.
struct YAMLPreflight {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    /// One open mapping or list, for keys and field paths (changed in place, so a
    /// mapping's keys are never copied).
    private struct Frame {
        let isMapping: Bool
        /// The mapping's keys so far.
        var keys: Set<String> = []
        /// The key being read or whose value is being read.
        var key: String?
        var expectingKey = true
        /// The list item being read.
        var index = 0
    }
    private var frames: [Frame] = []

    init(file: String) {
        self.file = file
    }

    /// The problems in `yaml`, in the order they were found; empty if Yams may compose it.
    static func problems(in yaml: String, file: String) -> [Diagnostic] {
        var preflight = YAMLPreflight(file: file)
        var text = yaml
        text.withUTF8 { preflight.scan($0, text: yaml) }
        return preflight.diagnostics
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, text: String) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            report(line: 1, column: 1, field: "", .yamlSyntaxError(.other))
            return
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                syntaxError(parser, text: text)
                return
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                beginNode(key: nil, line: line, column: column)
                report(line: line, column: column, field: path(), .yamlAlias(name))
                return
            case YAML_SCALAR_EVENT:
                let bytes = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
                // Characters counted as Unicode scalars, by the bytes that start one.
                if bytes.count > InputLimits.yamlScalarCharacters,
                   case let length = bytes.reduce(0, { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }),
                   length > InputLimits.yamlScalarCharacters {
                    beginNode(key: nil, line: line, column: column)
                    report(line: line, column: column, field: path(), .textTooLong(length: length, limit: InputLimits.yamlScalarCharacters))
                } else {
                    beginNode(key: String(decoding: bytes, as: UTF8.self), line: line, column: column)
                }
                endNode()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                beginNode(key: nil, line: line, column: column)
                guard frames.count < InputLimits.yamlDepth else {
                    report(line: line, column: column, field: path(), .yamlTooDeep(limit: InputLimits.yamlDepth))
                    return
                }
                frames.append(Frame(isMapping: event.type == YAML_MAPPING_START_EVENT))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                frames.removeLast()
                endNode()
            default:
                break
            }
        }
    }

    /// A node starts in the innermost mapping or list. If it is a key (`key` is the text of
    /// a scalar key; "?" stands for any other), it becomes the mapping's current key, and is
    /// reported at `line`:`column` if the mapping had it before.
    private mutating func beginNode(key: String?, line: Int, column: Int) {
        guard let last = frames.indices.last, frames[last].isMapping, frames[last].expectingKey else { return }
        let name = key ?? "?"
        frames[last].key = name
        if let key, !frames[last].keys.insert(key).inserted {
            report(line: line, column: column, field: path(), .duplicateKey(key))
        }
    }

    /// A node ended: after a key its value comes; after a value, the next key.
    private mutating func endNode() {
        guard let last = frames.indices.last else { return }
        if frames[last].isMapping {
            frames[last].expectingKey.toggle()
        } else {
            frames[last].index += 1
        }
    }

    /// The field path of the node being read, as `YAMLField` writes it (`parties[0].name`);
    /// a key's path ends in the key.
    private func path() -> String {
        var path = ""
        for frame in frames {
            if !frame.isMapping {
                path += "[\(frame.index)]"
            } else if let key = frame.key {
                path += path.isEmpty ? key : ".\(key)"
            }
        }
        return path
    }

    private mutating func report(line: Int, column: Int, field: String, _ problem: InputProblem) {
        diagnostics.append(Diagnostic(location: SourceLocation(file: file, line: line, column: column), field: field, problem: problem))
    }

    /// A syntax error in the user's words (`YAMLSyntaxProblem`, never libyaml's English); a
    /// tab in the indentation of the line, or libyaml's own nesting limit, named as such.
    private mutating func syntaxError(_ parser: yaml_parser_t, text: String) {
        let mark = parser.problem_mark
        let line = Int(mark.line) + 1
        if parser.error == YAML_SCANNER_ERROR, let tab = Self.indentationTab(onLine: line, of: text) {
            report(line: line, column: tab, field: "", .yamlTabIndentation)
            return
        }
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml reads nested flow lists ahead and stops at its own limit (1,000), before
            // this pass counts to `InputLimits.yamlDepth`; its mark is where the nesting starts.
            report(line: line, column: Int(mark.column) + 1, field: "", .yamlTooDeep(limit: InputLimits.yamlDepth))
            return
        }
        let context = parser.context.map { String(cString: $0) }
        report(line: line, column: Int(mark.column) + 1, field: "", .yamlSyntaxError(YAMLSyntaxProblem(libyamlProblem: problem, context: context)))
    }

    /// The column of a tab among the spaces that start line `number`, if there is one.
    static func indentationTab(onLine number: Int, of text: String) -> Int? {
        var line = 1
        var column = 1
        var indenting = true
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if line == number { return nil }
                line += 1
                column = 1
                indenting = true
                continue
            }
            if line == number, indenting {
                if scalar == "\t" { return column }
                if scalar != " " { indenting = false }
            }
            column += 1
        }
        return nil
    }
}
