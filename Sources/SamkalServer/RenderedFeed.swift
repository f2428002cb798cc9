import Foundation
import SamkalCore

/// A feed rendered once per change and served from memory.
public struct RenderedFeed: Sendable {
    public let body: Data
    /// `"<sha-256 of the body>"`, a strong validator.
    public let etag: String
    /// The last change of anything in the feed's scope (cancellations included).
    public let lastModified: Date
    public let meetingCount: Int
}
