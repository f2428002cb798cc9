import SamkalCore
import SamkalStore

/// What `samkal serve` needs to answer the API: the store, how credentials are proved,
/// the back-off of failing addresses, and the clock.
public struct APIConfiguration: Sendable {
    public let store: any SamkalStore
    public let authenticator: APIAuthenticator
    public let backoff: AuthenticationBackoff
    public let clock: @Sendable () -> UTCTimestamp

    public init(
        store: any SamkalStore, authenticator: APIAuthenticator, backoff: AuthenticationBackoff = AuthenticationBackoff(),
        clock: @escaping @Sendable () -> UTCTimestamp
    ) {
        self.store = store
        self.authenticator = authenticator
        self.backoff = backoff
        self.clock = clock
    }
}
