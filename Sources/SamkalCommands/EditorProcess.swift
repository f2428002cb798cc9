import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the user's editor in the foreground of the terminal, as `git commit` does.
///
/// Foundation's `Process` starts its child in a process group of its own; on a terminal
/// that group is in the background, so an editor such as vim is stopped (SIGTTOU) the
/// moment it touches the terminal and samkal waits for ever. `posix_spawn` without
/// `POSIX_SPAWN_SETPGROUP` keeps the editor in samkal's own (foreground) group.
enum EditorProcess {
    /// The editor's exit status, or -1 when it could not be started or was killed.
    static func run(_ editor: String, file: String) -> Int32 {
        let arguments = ["/bin/sh", "-c", "\(editor) \"$1\"", "samkal-editor", file]
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &pointers, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }

    /// Whether `program` (a path, or a name looked up in `PATH`) is an executable file.
    static func isInstalled(_ program: String, path: String?) -> Bool {
        if program.contains("/") { return access(program, X_OK) == 0 }
        let directories = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return directories.contains { access("\($0)/\(program)", X_OK) == 0 }
    }
}
