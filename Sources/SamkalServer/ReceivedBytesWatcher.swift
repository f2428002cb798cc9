import NIOCore

/// At the front of the pipeline: tells `ConnectionDeadlines` when bytes arrive, before the
/// HTTP decoder has made anything of them.
final class ReceivedBytesWatcher: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let deadlines: ConnectionDeadlines
    private var deadlinesContext: ChannelHandlerContext?

    init(deadlines: ConnectionDeadlines) {
        self.deadlines = deadlines
    }

    func handlerAdded(context: ChannelHandlerContext) {
        deadlinesContext = try? context.pipeline.syncOperations.context(handler: deadlines)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadlinesContext = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if let deadlinesContext { deadlines.bytesArrived(context: deadlinesContext) }
        context.fireChannelRead(data)
    }
}
