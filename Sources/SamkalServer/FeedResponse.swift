import Foundation
import HTTPTypes

/// The answer to a feed request, the same on the router path and the fast path:
/// headers, and whether the client's copy is still good.
enum FeedResponse {
    /// If-None-Match takes precedence over If-Modified-Since (RFC 9110 §13.2.2).
    static func isNotModified(_ headers: HTTPFields, feed: RenderedFeed) -> Bool {
        if let tags = headers[.ifNoneMatch] {
            if tags == feed.etag { return true }
            let candidates = tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return candidates.contains("*") || candidates.contains(feed.etag) || candidates.contains("W/" + feed.etag)
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return floor(feed.lastModified.timeIntervalSince1970) <= since.timeIntervalSince1970
        }
        return false
    }

    /// The headers of a 200 (with the length) or a 304.
    static func headers(for feed: RenderedFeed, notModified: Bool) -> HTTPFields {
        notModified ? feed.notModifiedHeaders : feed.okHeaders
    }
}
