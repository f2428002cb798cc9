import NIOCore
import NIOHTTPTypes

/// Takes a connection's place in the `ConnectionLimit` when it becomes active, or closes it
/// at once when there is none; gives the place back when it closes.
final class ConnectionLimitHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let limit: ConnectionLimit
    private var state = State.waiting

    private enum State {
        case waiting, admitted, refused, released
    }

    init(limit: ConnectionLimit) {
        self.limit = limit
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { becameActive(context: context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        releaseIfAdmitted()
    }

    func channelActive(context: ChannelHandlerContext) {
        becameActive(context: context)
        if state == .admitted { context.fireChannelActive() }
    }

    func channelInactive(context: ChannelHandlerContext) {
        releaseIfAdmitted()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard state == .admitted else { return }  // a refused connection's request is never answered
        context.fireChannelRead(data)
    }

    private func becameActive(context: ChannelHandlerContext) {
        guard state == .waiting else { return }
        if limit.admit() {
            state = .admitted
        } else {
            state = .refused
            context.close(promise: nil)
        }
    }

    private func releaseIfAdmitted() {
        guard state == .admitted else { return }
        state = .released
        limit.release()
    }
}
