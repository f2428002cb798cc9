import Foundation

/// The operating-system account running the command line on the data directory: in local
/// mode the boundary of who may do what, recorded in every audit entry as the credential.
enum OperatorAccount {
    static func name() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid \(geteuid())"
    }
}
