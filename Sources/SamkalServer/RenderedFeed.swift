import Foundation
import NIOCore

/// A feed rendered once per change and served from memory.
public struct RenderedFeed: Sendable {
    /// The calendar text, ready to send without copying.
    public let body: ByteBuffer
    /// `"<sha-256 of the body>"`, a strong validator.
    public let etag: String
    /// The last change of anything in the feed's scope (cancellations included).
    public let lastModified: Date
    /// The same, formatted for the Last-Modified header.
    public let lastModifiedHeader: String
    public let meetingCount: Int
    /// When a cancelled meeting in the feed is due to drop out (seconds since 1970): the
    /// feed must be rendered again then, even if nothing else changed.
    public let validUntil: Int?
}
