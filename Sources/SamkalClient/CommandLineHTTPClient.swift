import AsyncHTTPClient

extension HTTPClient {
    /// The command line's HTTP client, for the samkal server and the sign-in provider.
    ///
    /// A connection that cannot be made is tried again for five seconds (long enough for a
    /// server restarting behind its load balancer), then the command says it gets no
    /// answer; the default would keep a person waiting for the whole minute a request may
    /// take. A global, so it lives as long as the process and is never shut down.
    public static let commandLine: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.timeout.connect = .seconds(5)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
}
