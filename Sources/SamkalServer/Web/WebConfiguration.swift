import SamkalAuthentication
import SamkalCore
import SamkalService
import SamkalTemplates

/// What `samkal serve` needs for its web pages: the templates and stylesheet, and how staff
/// sign in — the OpenID Connect provider the API trusts, with the authorization-code flow
/// and PKCE, as the client `clientID` (one of the API's audiences).
public struct WebConfiguration: Sendable {
    public let pages: TemplateLibrary
    /// `Templates/web/samkal.css`, served at `/static/samkal.css`.
    public let style: String
    public let verifier: OpenIDTokenVerifier
    public let clientID: String
    /// The address people reach the server at (`--base-url`): the provider's redirect back,
    /// and the subscription links the pages make.
    public let address: SubscriptionAddress
    public let exchange: AuthorizationCodeExchange
    /// Where the PKCE verifiers, the sign-ins' state and new links' tokens come from.
    public let random: @Sendable () -> any RandomNumberGenerator

    public static let templateNames = [
        "web/header", "web/footer", "web/oversikt.html", "web/internkontroll.html", "web/meetingRow", "web/deltaker.html",
        "web/abonnement.html", "web/message.html",
    ]

    public init(
        pages: TemplateLibrary, style: String, verifier: OpenIDTokenVerifier, clientID: String, address: SubscriptionAddress,
        exchange: AuthorizationCodeExchange = AuthorizationCodeExchange(),
        random: @escaping @Sendable () -> any RandomNumberGenerator = { SystemRandomNumberGenerator() }
    ) {
        self.random = random
        self.pages = pages
        self.style = style
        self.verifier = verifier
        self.clientID = clientID
        self.address = address
        self.exchange = exchange
    }
}
