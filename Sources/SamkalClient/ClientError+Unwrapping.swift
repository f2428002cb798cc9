import Foundation
import OpenAPIRuntime

extension ClientError {
    /// What a request to the server failed with, as the command line says it: the OpenAPI
    /// runtime wraps every error of a request (the transport's, and the `ClientError` that
    /// `HeadersMiddleware` makes of it) in its own `ClientError`, whose text is for
    /// developers. samkal's own error is taken out of it; anything else the runtime wraps
    /// (a refused connection, an answer that is not samkal's API) is `serverUnreachable`.
    /// Any other error is returned as it is.
    public static func unwrapping(_ error: any Error) -> any Error {
        guard let wrapped = error as? OpenAPIRuntime.ClientError else { return error }
        var underlying: any Error = wrapped.underlyingError
        // The runtime wraps once; a bound keeps a strange chain from looping.
        for _ in 0..<4 {
            guard let inner = underlying as? OpenAPIRuntime.ClientError else { break }
            underlying = inner.underlyingError
        }
        if let own = underlying as? ClientError { return own }
        return ClientError.serverUnreachable(wrapped.baseURL.map(server(of:)) ?? "")
    }

    /// The server's address as the person gave it: the API's base URL without `/api/v1`.
    static func server(of baseURL: URL) -> String {
        var server = baseURL.absoluteString
        if server.hasSuffix("/api/v1") { server.removeLast("/api/v1".count) }
        return server
    }
}
