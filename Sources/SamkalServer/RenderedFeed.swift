import Foundation
import HTTPTypes
import NIOCore

/// A feed rendered once per change and served from memory, with its response headers
/// made once too.
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
    /// Content type (whatever the Accept header), validators and caching; with the length
    /// for a 200, without it for a 304.
    let okHeaders: HTTPFields
    let notModifiedHeaders: HTTPFields

    init(body: ByteBuffer, etag: String, lastModified: Date, meetingCount: Int, validUntil: Int?) {
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
        self.lastModifiedHeader = HTTPDate.string(lastModified)
        self.meetingCount = meetingCount
        self.validUntil = validUntil
        let common: HTTPFields = [
            .contentType: "text/calendar; charset=utf-8",
            .eTag: etag,
            .lastModified: lastModifiedHeader,
            .cacheControl: "private, max-age=300",
        ]
        notModifiedHeaders = common
        var ok = common
        ok[.contentLength] = String(body.readableBytes)
        okHeaders = ok
    }
}
