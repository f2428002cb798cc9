/// Why an email could not be read.
public enum MIMEError: Error, Sendable, Hashable {
    /// No blank line between the headers and the body.
    case noBody
    /// A `multipart/*` part without a `boundary` parameter, or whose boundary never occurs.
    case missingBoundary(contentType: String)
    /// A base64 or quoted-printable body that does not decode.
    case undecodableBody(contentType: String, encoding: String)
    /// Multiparts nested deeper than `MIMEParser.maximumDepth`.
    case nestedTooDeep(limit: Int)
    /// More parts than `MIMEParser.maximumParts`.
    case tooManyParts(limit: Int)
}
