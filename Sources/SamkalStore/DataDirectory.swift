import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SamkalCore

/// The data directory: the store, its write-ahead log, the installation's secret for
/// opaque identifiers and the drafts of minutes. It holds special-category personal data,
/// so it is created `0700` and every file in it `0600`; a broader mode found on an existing
/// directory or file is reported (and left for the operator to tighten, since someone may
/// rely on it).
public struct DataDirectory: Sendable {
    public let path: String

    /// The file with the installation's secret: 32 random bytes.
    public static let secretFileName = "identifier.key"

    public init(path: String) {
        self.path = path
    }

    /// Creates the directory (`0700`) if it is missing and sets the process's file mode
    /// mask so that everything samkal creates from now on is private to its owner.
    public func prepare() throws(StoreUnavailable) {
        umask(0o077)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path) }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw .cannotCreate(path)
        }
    }

    /// Files and the directory itself that others than the owner may read or write.
    public func broaderThanPrivate() -> [(path: String, mode: Int)] {
        var found: [(String, Int)] = []
        func check(_ file: String) {
            var info = stat()
            guard stat(file, &info) == 0 else { return }
            let mode = Int(info.st_mode) & 0o777
            if mode & 0o077 != 0 { found.append((file, mode)) }
        }
        check(path)
        for name in ["samkal.sqlite", "samkal.sqlite-wal", "samkal.sqlite-shm", Self.secretFileName] {
            check((path as NSString).appendingPathComponent(name))
        }
        return found
    }

    /// The installation's identity: read from the secret file, or made (from the system's
    /// cryptographic random source) and written `0600` on first use. Two processes starting
    /// at once agree: the file is created exclusively, and the loser reads the winner's.
    public func identity() throws -> MeetingIdentity {
        let file = (path as NSString).appendingPathComponent(Self.secretFileName)
        if let identity = try readIdentity(file) { return identity }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<MeetingIdentity.keyLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            fsync(descriptor)
            close(descriptor)
            guard written == bytes.count, let identity = MeetingIdentity(key: bytes) else { throw DataDirectoryError.unreadableSecret(file) }
            return identity
        }
        guard errno == EEXIST, let identity = try readIdentity(file) else { throw DataDirectoryError.unreadableSecret(file) }
        return identity
    }

    private func readIdentity(_ file: String) throws -> MeetingIdentity? {
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file), let identity = MeetingIdentity(key: Array(data)) else {
            throw DataDirectoryError.unreadableSecret(file)
        }
        return identity
    }

    /// A private file for a draft (of minutes) inside the directory; the caller removes it.
    public func draftFile(named name: String) throws -> URL {
        let drafts = (path as NSString).appendingPathComponent("drafts")
        if !FileManager.default.fileExists(atPath: drafts) {
            try FileManager.default.createDirectory(atPath: drafts, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        return URL(fileURLWithPath: drafts).appendingPathComponent(name)
    }
}

/// Why the data directory cannot be used.
public enum DataDirectoryError: Error, Sendable, Hashable {
    /// The secret file exists but cannot be read or has the wrong length.
    case unreadableSecret(String)
}
