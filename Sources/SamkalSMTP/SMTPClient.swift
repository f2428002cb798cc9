import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS

/// An SMTP client over SwiftNIO (RFC 5321): EHLO, STARTTLS (RFC 3207), AUTH PLAIN or LOGIN
/// (RFC 4954), then any number of messages on one connection.
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    let logger: Logger
    let group: any EventLoopGroup

    public init(configuration: SMTPConfiguration, logger: Logger, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.logger = logger
        self.group = group
    }

    /// Connects, greets, secures and authenticates, runs `body` with the open session, and
    /// says QUIT. The connection is closed however `body` ends.
    public func withSession<Result>(_ body: (inout SMTPSession) async throws -> Result) async throws -> Result {
        let timeout = TimeAmount(configuration.timeout)
        let channel: NIOAsyncChannel<SMTPReply, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(timeout)
                .connect(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: timeout))
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        try channel.pipeline.syncOperations.addHandler(SMTPTimeoutHandler())
                        return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError.connectionFailed("\(configuration.host):\(configuration.port): \(error)")
        }
        let configuration = configuration
        let logger = logger
        return try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(
                channel: channel.channel, replies: inbound.makeAsyncIterator(), outbound: outbound,
                configuration: configuration, logger: logger
            )
            try await session.open()
            let result = try await body(&session)
            await session.quit()
            return result
        }
    }
}

/// An open, authenticated SMTP connection.
public struct SMTPSession {
    let channel: any Channel
    var replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let configuration: SMTPConfiguration
    let logger: Logger
    private var extensions: [String] = []
    private var isSecure = false

    init(
        channel: any Channel, replies: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, configuration: SMTPConfiguration, logger: Logger
    ) {
        self.channel = channel
        self.replies = replies
        self.outbound = outbound
        self.configuration = configuration
        self.logger = logger
    }

    /// Sends one message. A 5xx for a recipient or the message throws a permanent error
    /// and leaves the session usable for the next message.
    public mutating func send(_ message: [UInt8], envelope: SMTPEnvelope) async throws {
        do {
            try await command("MAIL FROM:<\(envelope.sender)>", name: "MAIL", accept: [250])
            for recipient in envelope.recipients {
                try await command("RCPT TO:<\(recipient)>", name: "RCPT", accept: [250, 251])
            }
            try await command("DATA", name: "DATA", accept: [354])
            try await outbound.write(ByteBuffer(bytes: Self.dotStuffed(message)))
            try await expect(name: "DATA", accept: [250])
        } catch let error as SMTPError where error.isPermanent {
            _ = try? await command("RSET", name: "RSET", accept: [250])
            throw error
        }
    }

    mutating func open() async throws {
        try await expect(name: "greeting", accept: [220])
        try await hello()
        if configuration.security == .starttls {
            guard extensions.contains(where: { $0.uppercased() == "STARTTLS" }) else { throw SMTPError.startTLSUnavailable }
            try await command("STARTTLS", name: "STARTTLS", accept: [220])
            try await startTLS()
            try await hello()
        }
        if let username = configuration.username {
            try await authenticate(username: username, password: configuration.password ?? "")
        }
    }

    mutating func quit() async {
        _ = try? await command("QUIT", name: "QUIT", accept: [221])
    }

    private mutating func hello() async throws {
        do {
            let reply = try await command("EHLO \(configuration.clientName)", name: "EHLO", accept: [250])
            extensions = Array(reply.lines.dropFirst())
        } catch SMTPError.rejected(_, let reply) where reply.code >= 500 {
            try await command("HELO \(configuration.clientName)", name: "HELO", accept: [250])
            extensions = []
        }
    }

    private mutating func startTLS() async throws {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = configuration.trustedCertificatesFile {
            tls.trustRoots = .file(file)
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw SMTPError.tls("\(error)")
        }
        let host = configuration.host
        let hostname: String? = host.contains(":") || host.allSatisfy({ $0.isNumber || $0 == "." }) ? nil : host
        let channel = channel
        let handshake = channel.eventLoop.makePromise(of: Void.self)
        do {
            try await channel.eventLoop.submit {
                let handler = try NIOSSLClientHandler(context: context, serverHostname: hostname)
                // The waiter completes the promise from here on, whatever happens.
                try channel.pipeline.syncOperations.addHandler(TLSHandshakeWaiter(promise: handshake), position: .first)
                try channel.pipeline.syncOperations.addHandler(handler, position: .first)
            }.get()
        } catch {
            handshake.fail(error)
            throw SMTPError.tls("\(error)")
        }
        do {
            try await handshake.futureResult.get()
        } catch let error as SMTPError {
            throw error
        } catch {
            throw SMTPError.tls("\(error)")
        }
        isSecure = true
    }

    private mutating func authenticate(username: String, password: String) async throws {
        guard isSecure || configuration.isLoopback else { throw SMTPError.passwordWithoutTLS }
        let mechanisms = Set(extensions
            .filter { $0.uppercased().hasPrefix("AUTH") }
            .flatMap { $0.dropFirst(5).split(separator: " ").map { $0.uppercased() } })
        if mechanisms.contains("PLAIN") {
            let credentials = Self.base64(Array("\0\(username)\0\(password)".utf8))
            try await command("AUTH PLAIN \(credentials)", name: "AUTH", accept: [235], secret: true)
        } else if mechanisms.contains("LOGIN") {
            try await command("AUTH LOGIN", name: "AUTH", accept: [334])
            try await command(Self.base64(Array(username.utf8)), name: "AUTH", accept: [334], secret: true)
            try await command(Self.base64(Array(password.utf8)), name: "AUTH", accept: [235], secret: true)
        } else {
            throw SMTPError.noSupportedAuthentication
        }
    }

    @discardableResult
    private mutating func command(_ line: String, name: String, accept: Set<Int>, secret: Bool = false) async throws -> SMTPReply {
        logger.debug("smtp >", metadata: ["command": "\(secret ? name + " [redacted]" : line)"])
        do {
            try await outbound.write(ByteBuffer(string: line + "\r\n"))
        } catch {
            throw SMTPError.connectionClosed
        }
        return try await expect(name: name, accept: accept)
    }

    @discardableResult
    private mutating func expect(name: String, accept: Set<Int>) async throws -> SMTPReply {
        let reply: SMTPReply?
        do {
            reply = try await replies.next()
        } catch let error as SMTPError {
            throw error
        } catch let error as NIOSSLError {
            throw SMTPError.tls("\(error)")
        } catch let error as BoringSSLError {
            throw SMTPError.tls("\(error)")
        } catch {
            throw SMTPError.connectionClosed
        }
        guard let reply else { throw SMTPError.connectionClosed }
        logger.debug("smtp <", metadata: ["reply": "\(reply.code)"])
        guard accept.contains(reply.code) else { throw SMTPError.rejected(command: name, reply: reply) }
        return reply
    }

    /// The message with CRLF line ends, every line starting with "." doubled (RFC 5321
    /// §4.5.2), and the final "." line.
    static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + 64)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { output.append(UInt8(ascii: "\r")) }
            if atLineStart && byte == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
            output.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
            previous = byte
        }
        if !atLineStart { output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")] }
        output += Array(".\r\n".utf8)
        return output
    }

    private static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }
}
