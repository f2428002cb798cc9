import Foundation
import OpenAPIRuntime
import SamkalAPI
import SamkalAuthentication
import SamkalCore
import SamkalService
import SamkalSMTP
import SamkalStore
import SamkalTemplates

/// The API's operations (`openapi.yaml`, served under `/api/v1`): each calls the same use
/// case as its command, as the caller `APIAuthenticationMiddleware` proved, and answers
/// with the same values the command prints. A refusal names its rule (403), as the command
/// line's exit status 77 does.
public struct SamkalAPIHandler: APIProtocol {
    let store: any SamkalStore
    /// The installation's secret: meeting references (`MeetingDirectory`).
    let identity: MeetingIdentity
    let openID: OpenIDSettings?
    /// Minutes as documents, from the installation's templates.
    let minutesRenderer: MinutesRenderer
    /// Invitations from the installation's templates, delivered with `smtp` (nil: they
    /// wait in the outbox).
    let invitationRenderer: InvitationRenderer
    /// The internal-control report's page, for `format=html`.
    let reportPage: InternalControlPage?
    let smtp: SMTPConfiguration?
    let clock: @Sendable () -> UTCTimestamp
    let random: @Sendable () -> any RandomNumberGenerator

    public init(
        store: any SamkalStore, identity: MeetingIdentity, openID: OpenIDSettings?, minutesRenderer: MinutesRenderer,
        invitationRenderer: InvitationRenderer, reportPage: InternalControlPage? = nil, smtp: SMTPConfiguration? = nil, clock: @escaping @Sendable () -> UTCTimestamp,
        random: @escaping @Sendable () -> any RandomNumberGenerator = { SystemRandomNumberGenerator() }
    ) {
        self.store = store
        self.identity = identity
        self.openID = openID
        self.minutesRenderer = minutesRenderer
        self.invitationRenderer = invitationRenderer
        self.reportPage = reportPage
        self.smtp = smtp
        self.clock = clock
        self.random = random
    }

    /// The proven caller; the middleware runs every operation with one.
    func caller() throws -> APICaller {
        guard let caller = APICaller.current else { throw APIHandlerFailure.noCaller }
        return caller
    }

    /// Answered without a credential (`APIAuthenticationMiddleware.openPaths`).
    public func loginConfiguration(_ input: Operations.LoginConfiguration.Input) async throws -> Operations.LoginConfiguration.Output {
        .ok(.init(body: .json(.init(issuer: openID?.issuer, clientId: openID?.audiences.sorted().first, accessTokens: true))))
    }

    public func whoami(_ input: Operations.Whoami.Input) async throws -> Operations.Whoami.Output {
        let caller = try caller()
        return .ok(.init(body: .json(.init(person: caller.personID, name: caller.name, via: caller.credential.stored))))
    }

    /// Ends the sign-in the request's token belongs to: from the next request on it is
    /// refused on every instance on this store. A personal access token stays valid (it
    /// is revoked with `samkal tokens revoke`).
    public func logout(_ input: Operations.Logout.Input) async throws -> Operations.Logout.Output {
        let caller = try caller()
        if let signIn = caller.signIn {
            try await store.endSignIn(tokenHash: signIn.tokenHash, acceptedUntil: signIn.acceptedUntil, now: clock())
        }
        return .noContent(.init())
    }
}

/// A query value the command line would refuse as a bad flag: 400 `invalidArgument`.
struct APIInvalidArgument: Error {
    let message: String

    var problem: Components.Schemas.Problem { .init(code: .invalidArgument, message: message) }
}

extension SamkalAPIHandler {
    /// The date `text` names, nil when none is given; one that is no date is refused,
    /// never taken for "none". `invalid` is the command line's sentence for it.
    static func date(_ text: String?, invalid: (String) -> UserText, language: Language) throws(APIInvalidArgument) -> LocalDate? {
        guard let text else { return nil }
        guard let date = LocalDate(iso: text) else { throw APIInvalidArgument(message: invalid(text).text(in: language)) }
        return date
    }
}

extension SamkalAPIHandler {
    /// The longest file name a request may give (the document's `maxLength`).
    static let maximumFileNameLength = 1000

    /// A file's name as a request gives it, held to the document's bounds (the generated
    /// code checks no lengths): refused when empty or longer than 1000 characters.
    static func checkFileName(_ name: String, language: Language) throws(APIInvalidArgument) {
        guard !name.isEmpty, name.count <= maximumFileNameLength else {
            throw APIInvalidArgument(message: APIText.parameterTooLong("file", maximumFileNameLength).text(in: language))
        }
    }
}

/// Operations run only behind the authentication middleware.
enum APIHandlerFailure: Error {
    case noCaller
}

/// How a use case's error is answered: which kind of response, with which problem.
enum APIErrorAnswer {
    case badRequest(Components.Schemas.Problem)
    case refused(Components.Schemas.Problem)
    case notFound(Components.Schemas.Problem)
    /// Several agreements are stored and the request named none.
    case conflict(Components.Schemas.Problem)

    /// A file's problems, each where it is, in `language`; nothing was stored.
    static func problem(_ error: DiagnosticsError, language: Language) -> Components.Schemas.Problem {
        .init(
            code: .invalidInput, message: error.formatted(in: language),
            diagnostics: diagnostics(Array(error.diagnostics.prefix(DiagnosticsError.maximumShown)), language: language)
        )
    }

    /// Problems of a file as the API says them, each where it is, in `language`.
    static func diagnostics(_ diagnostics: [Diagnostic], language: Language) -> [Components.Schemas.InputDiagnostic] {
        diagnostics.map { diagnostic in
            .init(
                severity: diagnostic.severity == .error ? .error : .warning, file: diagnostic.location.file, line: diagnostic.location.line,
                column: diagnostic.location.column, field: diagnostic.field, message: diagnostic.problem.message(in: language)
            )
        }
    }

    /// The answer to `error`, or nil for one that is not the caller's (a 500).
    static func of(_ error: any Error, language: Language) -> APIErrorAnswer? {
        switch error {
        case let refused as AccessRefused:
            return .refused(.init(code: .refused, message: refused.rule.text(in: language), rule: refused.rule.rawValue))
        case let store as StoreError:
            let message = store.message(in: language)
            switch store {
            case .agreementNotChosen: return .conflict(.init(code: .agreementNotChosen, message: message))
            case .unknownAgreement, .noAgreement: return .notFound(.init(code: .unknownAgreement, message: message))
            case .unknownParticipant, .unknownMeeting, .unknownPerson, .unknownActionItem: return .notFound(.init(code: .notFound, message: message))
            default: return .badRequest(.init(code: .badRequest, message: message))
            }
        case let diagnostics as DiagnosticsError:
            return .badRequest(problem(diagnostics, language: language))
        case PlanningError.unknownTimeZone(let zone):
            return .badRequest(.init(code: .invalidArgument, message: UserText.unknownTimeZone(zone).text(in: language)))
        case let unknown as FeedLinkService.UnknownParty:
            return .badRequest(.init(code: .invalidArgument, message: UserText.unknownParty(unknown.party).text(in: language)))
        case let problem as AccessTokenProblem:
            switch problem {
            case .lifetimeOutOfRange(let days): return .badRequest(.init(code: .invalidArgument, message: AccessTokenText.lifetimeOutOfRange(days).text(in: language)))
            case .labelTooLong: return .badRequest(.init(code: .invalidArgument, message: AccessTokenText.labelTooLong.text(in: language)))
            }
        default:
            return nil
        }
    }
}
