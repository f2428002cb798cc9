import SamkalCore

extension ClientError {
    /// The sentence for people.
    public func message(in language: Language) -> String {
        switch self {
        case .credentialsUnreadable(let path): ClientText.credentialsUnreadable(path).text(in: language)
        case .credentialsUnwritable(let path): ClientText.credentialsUnwritable(path).text(in: language)
        case .serverUnreachable(let server): ClientText.serverUnreachable(server).text(in: language)
        case .invalidServer(let server): ClientText.invalidServer(server).text(in: language)
        case .noIdentityProvider(let server): ClientText.noIdentityProvider(server).text(in: language)
        case .providerFailed(let place): ClientText.providerFailed(place).text(in: language)
        case .signInDenied: ClientText.signInDenied.text(in: language)
        case .signInExpired: ClientText.signInExpired.text(in: language)
        case .credentialRejected(let server): ClientText.credentialRejected(server).text(in: language)
        case .refused(_, let message): message
        case .invalidInput(let diagnostics): diagnostics.formatted(in: language)
        case .problem(let message), .invalidArgument(let message): message
        }
    }
}
