import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core, and the client's address (for
/// the API's per-address back-off after failed authentication).
public struct SamkalRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
