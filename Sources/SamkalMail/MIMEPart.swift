/// One entity of a parsed email: its headers, its content type and either its decoded
/// body or, for `multipart/*`, its parts.
public struct MIMEPart: Sendable, Hashable {
    /// Header fields in order, unfolded, names as written.
    public let headers: [MIMEHeader]
    /// `type/subtype`, lower-cased; `text/plain` when the header is missing (RFC 2045).
    public let contentType: String
    /// Content-Type parameters, names lower-cased.
    public let parameters: [String: String]
    /// The body after undoing its Content-Transfer-Encoding (empty for multiparts).
    public let body: [UInt8]
    public let parts: [MIMEPart]

    public init(headers: [MIMEHeader], contentType: String, parameters: [String: String], body: [UInt8], parts: [MIMEPart]) {
        self.headers = headers
        self.contentType = contentType
        self.parameters = parameters
        self.body = body
        self.parts = parts
    }

    /// This part and every part below it, depth first.
    public var allParts: [MIMEPart] {
        [self] + parts.flatMap(\.allParts)
    }
}

/// One header field.
public struct MIMEHeader: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
