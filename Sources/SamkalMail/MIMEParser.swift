/// Reads an email (RFC 5322 + MIME) far enough to find its parts: headers, nested
/// multiparts, base64 and quoted-printable bodies. Accepts CRLF and bare LF line ends,
/// since saved messages often have the latter.
public enum MIMEParser {
    /// Multiparts inside multiparts: a mail program's reply is two or three deep.
    public static let maximumDepth = 8
    /// Parts in one message, all levels together.
    public static let maximumParts = 1_000

    public static func parse(_ bytes: [UInt8]) throws(MIMEError) -> MIMEPart {
        guard let split = headerEnd(bytes) else { throw .noBody }
        let headers = parseHeaders(Array(bytes[..<split.headerEnd]))
        var parts = 0
        return try entity(headers: headers, body: Array(bytes[split.bodyStart...]), depth: 0, parts: &parts)
    }

    /// Whether the bytes start like an email (a header field) rather than, say, `BEGIN:VCALENDAR`.
    public static func looksLikeEmail(_ bytes: [UInt8]) -> Bool {
        guard let firstLine = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 1).first else { return false }
        let line = String(decoding: firstLine, as: UTF8.self)
        guard let colon = line.firstIndex(of: ":") else { return false }
        let name = line[..<colon]
        return !name.isEmpty && name.uppercased() != "BEGIN" && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            || line.hasPrefix("From ")
    }

    private static func entity(headers: [MIMEHeader], body: [UInt8], depth: Int, parts count: inout Int) throws(MIMEError) -> MIMEPart {
        let typeHeader = headers.first { $0.name.lowercased() == "content-type" }?.value ?? "text/plain"
        let (contentType, parameters) = parseContentType(typeHeader)
        if contentType.hasPrefix("multipart/") {
            guard let boundary = parameters["boundary"], !boundary.isEmpty else {
                throw .missingBoundary(contentType: contentType)
            }
            guard depth < maximumDepth else { throw .nestedTooDeep(limit: maximumDepth) }
            let bodies = try splitMultipart(body, boundary: boundary, contentType: contentType, room: maximumParts - count)
            count += bodies.count
            var parts: [MIMEPart] = []
            for partBytes in bodies {
                let split = headerEnd(partBytes) ?? (partBytes.count, partBytes.count)
                let partHeaders = parseHeaders(Array(partBytes[..<split.headerEnd]))
                parts.append(try entity(
                    headers: partHeaders, body: Array(partBytes[min(split.bodyStart, partBytes.count)...]), depth: depth + 1, parts: &count
                ))
            }
            return MIMEPart(headers: headers, contentType: contentType, parameters: parameters, body: [], parts: parts)
        }
        let encoding = (headers.first { $0.name.lowercased() == "content-transfer-encoding" }?.value ?? "7bit")
            .trimmingWhitespace().lowercased()
        let decoded: [UInt8]
        switch encoding {
        case "base64":
            guard let bytes = Base64.decode(String(decoding: body, as: UTF8.self)) else {
                throw .undecodableBody(contentType: contentType, encoding: encoding)
            }
            decoded = bytes
        case "quoted-printable":
            decoded = QuotedPrintable.decode(body)
        default:
            decoded = body
        }
        return MIMEPart(headers: headers, contentType: contentType, parameters: parameters, body: decoded, parts: [])
    }

    /// Where the header block ends (the blank line) and the body starts.
    private static func headerEnd(_ bytes: [UInt8]) -> (headerEnd: Int, bodyStart: Int)? {
        var index = 0
        var lineStart = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                let line = bytes[lineStart..<index]
                if line.isEmpty || line == [UInt8(ascii: "\r")] {
                    return (lineStart, index + 1)
                }
                lineStart = index + 1
            }
            index += 1
        }
        return nil
    }

    private static func parseHeaders(_ bytes: [UInt8]) -> [MIMEHeader] {
        let text = String(decoding: bytes, as: UTF8.self)
        var unfolded: [String] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let first = line.first, first == " " || first == "\t", !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += " " + line.trimmingWhitespace()
            } else {
                unfolded.append(String(line))
            }
        }
        return unfolded.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return MIMEHeader(name: String(line[..<colon]).trimmingWhitespace(), value: String(line[line.index(after: colon)...]).trimmingWhitespace())
        }
    }

    /// `text/calendar; charset="UTF-8"; method=REPLY` → (`text/calendar`, [charset: UTF-8, method: REPLY]).
    static func parseContentType(_ value: String) -> (String, [String: String]) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in value {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" && quoted { escaped = true; continue }
            if character == "\"" { quoted.toggle(); continue }
            if character == ";" && !quoted { pieces.append(current); current = ""; continue }
            current.append(character)
        }
        pieces.append(current)
        let type = pieces.first?.trimmingWhitespace().lowercased() ?? "text/plain"
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingWhitespace().lowercased()
            parameters[name] = piece[piece.index(after: equals)...].trimmingWhitespace()
        }
        return (type.isEmpty ? "text/plain" : type, parameters)
    }

    /// The parts between the boundaries; more than `room` of them is refused as soon as seen.
    private static func splitMultipart(_ body: [UInt8], boundary: String, contentType: String, room: Int) throws(MIMEError) -> [[UInt8]] {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [[UInt8]] = []
        var current: [UInt8]?
        var found = false
        for rawLine in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line = Array(rawLine)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.starts(with: delimiter) {
                let rest = line.dropFirst(delimiter.count)
                let isClose = rest.starts(with: Array("--".utf8))
                if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || isClose {
                    found = true
                    if let finished = current { parts.append(finished) }
                    guard parts.count < room else { throw .tooManyParts(limit: maximumParts) }
                    current = isClose ? nil : []
                    if isClose { break }
                    continue
                }
            }
            if current != nil {
                current! += line + [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
            }
        }
        if let unfinished = current { parts.append(unfinished) }
        guard found else { throw .missingBoundary(contentType: contentType) }
        // The CRLF before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
        return parts.map { part in
            part.count >= 2 ? Array(part.dropLast(2)) : part
        }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
