import ArgumentParser
import Foundation
import SamkalCore

/// Writes rendered feeds into a directory, each file atomically (written aside, then renamed).
enum FeedDirectory {
    /// Makes sure feeds can be written to `directory` before anything is stored: creates it
    /// if need be and writes and removes a probe file, so that a directory samkal cannot
    /// write to fails the command before the plan is recorded.
    static func prepare(_ directory: String, language: Language) throws {
        let manager = FileManager.default
        let probe = URL(fileURLWithPath: directory).appendingPathComponent(".samkal-write-check-\(getpid())")
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
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
