#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamkalCore

/// Reads a file a user hands samkal, refusing it cleanly before a byte is read when it is
/// not there, is a directory or other non-file, may not be read, or is larger than its
/// kind allows (`InputFileKind.maximumBytes`, from `InputLimits`: participants CSV 10 MB,
/// agreement YAML 1 MB, iCalendar 50 MB).
///
/// Every refusal is a `Diagnostic` at `path:1:1` with a sentence that names the path and
/// what to do; no operating-system text reaches the user.
///
///     let text = try InputFile.text("deltakere.csv", as: .participantCSV)
///     let bytes = try InputFile.bytes("skolerute.ics", as: .iCalendar)
public enum InputFile {
    /// The file's bytes, at most `kind.maximumBytes` of them.
    public static func bytes(_ path: String, as kind: InputFileKind) throws(DiagnosticsError) -> [UInt8] {
        func refuse(_ problem: InputProblem) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), field: "", problem: problem)])
        }
        let limit = kind.maximumBytes
        /// A regular file no larger than the limit, or the refusal.
        func check(_ info: stat) throws(DiagnosticsError) {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw refuse(.inputFileIsDirectory(path: path, kind: kind))
            default: throw refuse(.inputFileNotRegular(path: path, kind: kind))
            }
            guard Int(info.st_size) <= limit else {
                throw refuse(.inputFileTooLarge(path: path, kind: kind, bytes: Int(info.st_size), limit: limit))
            }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw refuse(problem(errno: errno, path: path, kind: kind)) }
        try check(info)
        // Without waiting, should a pipe have taken the file's place since; checked again open.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw refuse(problem(errno: errno, path: path, kind: kind)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw refuse(.inputFileUnreadable(path: path, kind: kind)) }
        try check(info)
        // Read to the end, not to the size `stat` gave: a file that grew since is refused too.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0 {
                break
            } else if errno != EINTR {
                throw refuse(.inputFileUnreadable(path: path, kind: kind))
            }
        }
        guard bytes.count <= limit else {
            throw refuse(.inputFileTooLarge(path: path, kind: kind, bytes: bytes.count, limit: limit))
        }
        return bytes
    }

    /// Standard input, at most `kind.maximumBytes` of it (refused as `name`, the word for
    /// standard input in the user's language, beyond that).
    public static func standardInput(as kind: InputFileKind, name: String) throws(DiagnosticsError) -> [UInt8] {
        let limit = kind.maximumBytes
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0 {
                return bytes
            } else if errno != EINTR {
                break
            }
        }
        let problem: InputProblem = bytes.count > limit
            ? .inputFileTooLarge(path: name, kind: kind, bytes: bytes.count, limit: limit)
            : .inputFileUnreadable(path: name, kind: kind)
        throw DiagnosticsError([Diagnostic(location: SourceLocation(file: name, line: 1, column: 1), field: "", problem: problem)])
    }

    /// The file's text: `bytes(_:as:)`, decoded by `InputText` (UTF-8 with or without its
    /// byte order mark; Windows-1252 too for a participants CSV file).
    public static func text(_ path: String, as kind: InputFileKind) throws(DiagnosticsError) -> String {
        try InputText.decode(bytes(path, as: kind), file: path, kind: kind)
    }

    private static func problem(errno code: Int32, path: String, kind: InputFileKind) -> InputProblem {
        switch code {
        case ENOENT, ENOTDIR: .inputFileMissing(path: path, kind: kind)
        case EACCES, EPERM: .inputFilePermissionDenied(path: path, kind: kind)
        case EISDIR: .inputFileIsDirectory(path: path, kind: kind)
        default: .inputFileUnreadable(path: path, kind: kind)
        }
    }
}
