import SamkalCore

/// What can go wrong on the client's side of the API, each with a sentence for people
/// (`ClientText`); never a transport's own error text.
public enum ClientError: Error, Sendable, Hashable {
    case credentialsUnreadable(String)
    case credentialsUnwritable(String)
    /// The server could not be reached or answered something that is not samkal's API.
    case serverUnreachable(String)
    case invalidServer(String)
    /// The server accepts no sign-in with an identity provider (only access tokens).
    case noIdentityProvider(String)
    /// The identity provider refused, or its answer is unusable.
    case providerFailed(String)
    case signInDenied
    case signInExpired
    /// The stored credential is no longer accepted (expired, revoked): log in again.
    case credentialRejected(String)
    /// The server refused the request for the need-to-know rule `rule` (exit status 77).
    case refused(rule: String, message: String)
    /// A value the command line refuses as a bad flag (exit status 64), as the server said.
    case invalidArgument(message: String)
    /// A file sent has problems, each where it is (exit status 1); nothing was stored.
    case invalidInput(DiagnosticsError)
    /// Any other problem answer of the server: its message.
    case problem(message: String)
}
