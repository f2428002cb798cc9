import Foundation

/// Finds a directory that ships with samkal (`Templates/`, `calendars/`): the one an
/// environment variable names, then `./NAME`, then where `script/install` puts it
/// (`PREFIX/bin/samkal` → `PREFIX/share/samkal/NAME`), then next to the checkout the binary
/// was built in (`.build/<config>/samkal` → `NAME/`). A candidate counts only if it holds
/// `marker`.
enum ResourceLocator {
    static func directory(named name: String, containing marker: String, environment variable: String? = nil) -> String? {
        let manager = FileManager.default
        var candidates: [String] = []
        if let variable, let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty {
            candidates.append(value)
        }
        candidates.append((manager.currentDirectoryPath as NSString).appendingPathComponent(name))
        var directory = executable.deletingLastPathComponent()
        candidates.append(directory.deletingLastPathComponent().appendingPathComponent("share/samkal").appendingPathComponent(name).path)
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent(name).path)
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { manager.fileExists(atPath: ($0 as NSString).appendingPathComponent(marker)) }
    }

    /// The running binary: `/proc/self/exe` (a bare `samkal` found on the PATH says nothing
    /// of where it lives), else the first argument.
    private static var executable: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }
}
