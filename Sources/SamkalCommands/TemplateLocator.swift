import Foundation
import SamkalTemplates

/// Finds the `Templates/` directory: `$SAMKAL_TEMPLATES`, then `./Templates`, then next to
/// the checkout the binary was built in (`.build/<config>/samkal` → `Templates/`).
enum TemplateLocator {
    static func directory() -> String? {
        let manager = FileManager.default
        var candidates: [String] = []
        if let value = ProcessInfo.processInfo.environment["SAMKAL_TEMPLATES"], !value.isEmpty {
            candidates.append(value)
        }
        candidates.append((manager.currentDirectoryPath as NSString).appendingPathComponent("Templates"))
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("Templates").path)
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { manager.fileExists(atPath: ($0 as NSString).appendingPathComponent("minutes.text.mustache")) }
    }

    static func minutesRenderer() throws -> MinutesRenderer {
        guard let directory = directory() else {
            throw TemplateLibrary.LoadError.missing(name: "minutes.text", directory: "Templates (set SAMKAL_TEMPLATES)")
        }
        return MinutesRenderer(library: try TemplateLibrary(directory: directory, names: MinutesRenderer.templateNames))
    }
}
