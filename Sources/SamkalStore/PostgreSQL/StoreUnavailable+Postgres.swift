import NIOCore
import PostgresNIO

extension StoreUnavailable {
    /// The store problem a PostgreSQL error is (`nil` for any other error), for the store
    /// at `place` (a `DatabaseURL.description`, without its password). PostgreSQL's own
    /// text is never shown; its SQLSTATE decides the sentence.
    static func fromPostgres(_ error: any Error, place: String?) -> StoreUnavailable? {
        if error is ChannelError || error is IOError { return .unreachable(place) }
        guard let postgres = error as? PSQLError else { return nil }
        switch postgres.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .uncleanShutdown,
             .sslUnsupported, .failedToAddSSLHandler:
            return .unreachable(place)
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return .accessDenied(place)
        case .server:
            let state = postgres.serverInfo?[.sqlState] ?? ""
            switch state {
            // invalid authorization, invalid password, insufficient privilege, no such database
            case "28000", "28P01", "42501", "3D000": return .accessDenied(place)
            // too many connections, shutting down, cannot connect now
            case "53300", "57P01", "57P02", "57P03": return .unreachable(place)
            case "53100": return .diskFull(place)
            case "25006": return .readOnly(place)
            // lock not available, deadlock, serialization: another writer held what was needed
            case "55P03", "40P01", "40001": return .locked(place)
            case "XX001", "XX002": return .damaged(place)
            default: return .failed(place)
            }
        default:
            return .failed(place)
        }
    }
}
