import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SamkalAPI
import SamkalCore

/// A problem response written outside the generated handlers (authentication happens before
/// them), in the same `Problem` shape the document gives every error.
enum APIProblem {
    static func response(
        _ status: HTTPResponse.Status, code: Components.Schemas.Problem.CodePayload, message: String, headers extra: HTTPFields = [:]
    ) -> Response {
        let problem = Components.Schemas.Problem(code: code, message: message)
        let body = (try? JSONEncoder().encode(problem)) ?? Data()
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
