import Foundation
import Mustache

/// The Mustache templates samkal renders documents from, read once from a directory. A
/// template includes another by its name (`{{> web/meetingRow}}`).
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary

    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case missing(name: String, directory: String)
        case invalid(name: String, detail: String)

        public var description: String {
            switch self {
            case .missing(let name, let directory): "template \(name).mustache not found in \(directory)"
            case .invalid(let name, let detail): "template \(name).mustache is invalid: \(detail)"
            }
        }
    }

    /// Reads `NAME.mustache` for each name from `directory`.
    public init(directory: String, names: [String]) throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in names {
            let path = (directory as NSString).appendingPathComponent("\(name).mustache")
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LoadError.missing(name: name, directory: directory)
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                throw LoadError.invalid(name: name, detail: String(describing: error))
            }
        }
        library = MustacheLibrary(templates: templates)
    }

    /// Templates given as text (for tests).
    public init(texts: [String: String]) throws {
        library = MustacheLibrary(templates: try texts.mapValues { try MustacheTemplate(string: $0) })
    }

    public func render(_ context: [String: Any], with name: String) -> String? {
        library.render(context, withTemplate: name)
    }
}
