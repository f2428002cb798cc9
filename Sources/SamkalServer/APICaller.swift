import SamkalCore

/// Who an API request is from, as its credential proved (`APIAuthenticator`), and the
/// language its texts are to be in (`Accept-Language`).
public struct APICaller: Sendable, Hashable {
    public let personID: String
    public let name: String
    public let credential: Credential
    public let language: Language

    public init(personID: String, name: String, credential: Credential, language: Language) {
        self.personID = personID
        self.name = name
        self.credential = credential
        self.language = language
    }

    /// The caller of the request this task serves: set by `APIAuthenticationMiddleware`
    /// around the operation, never by the operation itself.
    @TaskLocal public static var current: APICaller?
}
