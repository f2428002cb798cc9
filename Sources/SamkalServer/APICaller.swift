import SamkalCore

/// Who an API request is from, as its credential proved (`APIAuthenticator`), and the
/// language its texts are to be in (`Accept-Language`).
public struct APICaller: Sendable, Hashable {
    public let personID: String
    public let name: String
    public let credential: Credential
    public let language: Language
    /// The sign-in `POST /logout` ends: an OpenID Connect token's hash and how long it
    /// would be accepted. Nil for a personal access token, which `samkal tokens revoke` ends.
    public let signIn: EndableSignIn?

    public init(personID: String, name: String, credential: Credential, language: Language, signIn: EndableSignIn? = nil) {
        self.personID = personID
        self.name = name
        self.credential = credential
        self.language = language
        self.signIn = signIn
    }

    /// The caller of the request this task serves: set by `APIAuthenticationMiddleware`
    /// around the operation, never by the operation itself.
    @TaskLocal public static var current: APICaller?
}
