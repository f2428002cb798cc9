#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's limit on open files, and how many connections fit under it with room to
/// spare, so that the connections held never use up the descriptors (a burst beyond the
/// limit still may, for a moment: `AcceptBackoff`).
public enum OpenFileLimit {
    /// Descriptors kept for everything but client connections: the store, the log, the
    /// listening socket, the event loops' own, connections being closed over the limit.
    public static let reserve = 32

    /// The soft limit on open files; `nil` when there is none or it cannot be read.
    public static func current() -> Int? {
        var limit = rlimit()
        #if os(Linux)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur != rlim_t.max /* RLIM_INFINITY */ else { return nil }
        return Int(clamping: limit.rlim_cur)
    }

    /// The connection limit to use: `wanted`, lowered to leave `reserve` descriptors under
    /// `fileLimit`, and at least one.
    public static func connections(wanted: Int, fileLimit: Int?) -> Int {
        guard let fileLimit else { return max(1, wanted) }
        return max(1, min(wanted, fileLimit - reserve))
    }
}
