/// What one client may hold of the server: how long a connection may stay silent, how long a
/// request head may take to arrive, and how many connections may be open at once.
public struct ServerLimits: Sendable, Equatable {
    /// A connection with no request in progress that sends nothing for this long is closed
    /// (also one that is sending a request body and stops).
    public var idleTimeout: Duration
    /// A request head must be complete this long after its first byte arrived, however slowly
    /// the bytes trickle in (slow-loris).
    public var headerReadTimeout: Duration
    /// Connections open at once; a connection beyond them is closed as soon as it is accepted.
    public var maxConnections: Int

    public static let defaultIdleTimeout: Duration = .seconds(30)
    public static let defaultHeaderReadTimeout: Duration = .seconds(10)
    public static let defaultMaxConnections = 200

    public init(
        idleTimeout: Duration = Self.defaultIdleTimeout,
        headerReadTimeout: Duration = Self.defaultHeaderReadTimeout,
        maxConnections: Int = Self.defaultMaxConnections
    ) {
        self.idleTimeout = idleTimeout
        self.headerReadTimeout = headerReadTimeout
        self.maxConnections = maxConnections
    }
}
