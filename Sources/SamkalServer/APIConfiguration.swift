import SamkalAuthentication
import SamkalCore
import SamkalSMTP
import SamkalStore
import SamkalTemplates

/// What `samkal serve` needs to answer the API: the store, how credentials are proved,
/// the back-off of failing addresses, and the clock.
public struct APIConfiguration: Sendable {
    public let store: any SamkalStore
    /// The installation's secret, for meeting references.
    public let identity: MeetingIdentity
    public let authenticator: APIAuthenticator
    /// The identity provider, as `GET /api/v1/login` tells clients.
    public let openID: OpenIDSettings?
    /// Minutes as documents (`GET /minutes/{meeting}`).
    public let minutesRenderer: MinutesRenderer
    /// Invitations, from the installation's templates, and the mail server they are
    /// delivered with (nil: they wait in the outbox).
    public let invitationRenderer: InvitationRenderer
    /// The internal-control report's page (`GET /reports/internal-control?format=html`).
    public let reportPage: InternalControlPage?
    public let smtp: SMTPConfiguration?
    public let backoff: AuthenticationBackoff
    public let clock: @Sendable () -> UTCTimestamp

    public init(
        store: any SamkalStore, identity: MeetingIdentity, authenticator: APIAuthenticator, openID: OpenIDSettings? = nil, minutesRenderer: MinutesRenderer,
        invitationRenderer: InvitationRenderer, reportPage: InternalControlPage? = nil, smtp: SMTPConfiguration? = nil, backoff: AuthenticationBackoff = AuthenticationBackoff(),
        clock: @escaping @Sendable () -> UTCTimestamp
    ) {
        self.store = store
        self.identity = identity
        self.authenticator = authenticator
        self.openID = openID
        self.minutesRenderer = minutesRenderer
        self.invitationRenderer = invitationRenderer
        self.reportPage = reportPage
        self.smtp = smtp
        self.backoff = backoff
        self.clock = clock
    }
}
