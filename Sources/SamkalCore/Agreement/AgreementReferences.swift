import Yams

/// The other agreements an agreement file names with `from:` (under `parties` and
/// `rooms`), found before the file is read in full so the caller can fetch them. Reads
/// nothing else and reports nothing: the full read (`AgreementParser.parse`) reports every
/// problem, including a `from:` the caller could not find.
public enum AgreementReferences {
    /// The ids named by `from:`, each once, in file order.
    public static func ids(in yaml: String, file: String) -> [String] {
        references(in: yaml, file: file).map(\.id)
    }

    /// The ids named by `from:`, each once, in file order, with where each is first named.
    public static func references(in yaml: String, file: String) -> [(id: String, location: SourceLocation)] {
        // The same bounded reading as the full parse: nothing is composed from a file the
        // preflight refuses.
        guard YAMLPreflight.problems(in: yaml, file: file).isEmpty,
              let root = try? Yams.compose(yaml: yaml), case .mapping(let top) = root
        else { return [] }
        var found: [(id: String, location: SourceLocation)] = []
        for key in ["parties", "rooms"] {
            guard let section = top[key], case .sequence(let items) = section else { continue }
            for item in items {
                guard case .mapping(let entry) = item, let from = entry["from"], case .scalar(let scalar) = from else { continue }
                guard !found.contains(where: { $0.id == scalar.string }) else { continue }
                let location = from.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                    ?? SourceLocation(file: file, line: 1, column: 1)
                found.append((scalar.string, location))
            }
        }
        return found
    }

    /// The agreement's own `id`, if the file gives one (nothing is reported here either).
    public static func agreementID(in yaml: String, file: String) -> String? {
        guard YAMLPreflight.problems(in: yaml, file: file).isEmpty,
              let root = try? Yams.compose(yaml: yaml), case .mapping(let top) = root,
              let id = top["id"], case .scalar(let scalar) = id
        else { return nil }
        return scalar.string
    }

    /// Whether a list entry is a reference (`from:` among its keys).
    static func hasFrom(_ field: YAMLField) -> Bool {
        guard case .mapping(let mapping) = field.node else { return false }
        return mapping["from"] != nil
    }
}
