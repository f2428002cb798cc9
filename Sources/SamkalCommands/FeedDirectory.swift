import ArgumentParser
import Foundation
import SamkalCore

/// Writes rendered feeds into a directory, each file atomically (written aside, then renamed).
enum FeedDirectory {
    static func write(_ feeds: [(name: String, text: String)], to directory: String, language: Language) throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for feed in feeds {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(feed.name)
                try Data(feed.text.utf8).write(to: url, options: .atomic)
            }
        } catch {
            Console.error(UserText.error(UserText.cannotWrite(directory: directory, reason: error.localizedDescription).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
    }
}
