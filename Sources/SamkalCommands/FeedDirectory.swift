import ArgumentParser
import Foundation
import SamkalCore

/// Writes rendered feeds into a directory, each file atomically (written aside, then renamed).
enum FeedDirectory {
    /// Makes sure feeds can be written to `directory` before anything is stored, leaving no
    /// trace: a probe file is written and removed in the directory, or — when it does not
    /// exist yet — in the nearest directory above it that does, where it will be made.
    static func prepare(_ directory: String, language: Language) throws {
        let manager = FileManager.default
        var existing = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        while !manager.fileExists(atPath: existing.path, isDirectory: &isDirectory) {
            let parent = existing.deletingLastPathComponent()
            guard parent.path != existing.path else { break }
            existing = parent
        }
        guard isDirectory.boolValue else { throw failure(directory, nothingStored: true, language: language) }
        let probe = existing.appendingPathComponent(".samkal-write-check-\(getpid())")
        do {
            try Data().write(to: probe)
            try manager.removeItem(at: probe)
        } catch {
            throw failure(directory, nothingStored: true, language: language)
        }
    }

    static func write(_ feeds: [(name: String, text: String)], to directory: String, language: Language) throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for feed in feeds {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(feed.name)
                try Data(feed.text.utf8).write(to: url, options: .atomic)
            }
        } catch {
            throw failure(directory, nothingStored: false, language: language)
        }
    }

    private static func failure(_ directory: String, nothingStored: Bool, language: Language) -> Error {
        Console.error(UserText.error(UserText.cannotWrite(
            directory: directory, reason: UserText.directoryNotWritable(nothingStored: nothingStored).text(in: language)
        ).text(in: language)).text(in: language))
        return ExitCode.failure
    }
}
