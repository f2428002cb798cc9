import Foundation

/// Where the credentials live: `$SAMKAL_CONFIG/credentials.json`, else
/// `$XDG_CONFIG_HOME/samkal/credentials.json`, else `~/.config/samkal/credentials.json`;
/// the directory private (0700), the file private (0600), written whole or not at all.
public struct CredentialsFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CredentialsFile {
        let directory: String
        if let value = environment["SAMKAL_CONFIG"], !value.isEmpty {
            directory = value
        } else if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            directory = (xdg as NSString).appendingPathComponent("samkal")
        } else {
            directory = ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config/samkal")
        }
        return CredentialsFile(path: (directory as NSString).appendingPathComponent("credentials.json"))
    }

    /// The stored credentials, or nil when there are none (not logged in).
    public func load() throws -> ClientCredentials? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(ClientCredentials.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ClientError.credentialsUnreadable(path)
        }
    }

    public func save(_ credentials: ClientCredentials) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(credentials)
            // Private before the secret is in it, then renamed into place.
            let temporary = path + ".tmp"
            guard manager.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw ClientError.credentialsUnwritable(path)
            }
            try data.write(to: URL(fileURLWithPath: temporary))
            if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
            try manager.moveItem(atPath: temporary, toPath: path)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.credentialsUnwritable(path)
        }
    }

    /// `false` when there was nothing to remove.
    public func remove() throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw ClientError.credentialsUnwritable(path)
        }
        return true
    }
}
