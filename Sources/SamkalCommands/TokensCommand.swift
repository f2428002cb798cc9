import ArgumentParser
import SamkalClient
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal tokens create|list|revoke`: personal access tokens to the API. Signed in to a
/// server, a person's own tokens; in local mode the operator's commands (the account that
/// owns the data directory) for anyone's, without `--as`.
struct TokensCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("tokens", .tokens, subcommands: [TokensCreateCommand.self, TokensListCommand.self, TokensRevokeCommand.self])
    }
}

struct TokensCreateCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("create", .tokensCreate) }

    @Option(help: .localized(.tokenPerson, valueName: .personIDValue)) var person: String?
    @Option(help: .localized(.tokenExpires, valueName: .durationValue)) var expires = "90d"
    @Option(help: .localized(.tokenLabel, valueName: .textValue)) var label = ""
    @OptionGroup var asker: AskerOptions

    func validate() throws {
        _ = try TokenLifetime.days(expires, language: CommandLanguage.current)
        guard label.count <= AccessTokenService.maximumLabelLength else {
            throw ValidationError(AccessTokenText.labelTooLong.text(in: CommandLanguage.current))
        }
    }

    func run() async throws {
        let language = asker.languageOption.language
        let days = try TokenLifetime.days(expires, language: language)
        if let api = try await asker.remote() {
            // Over the API a token is always the signed-in person's own.
            if let person, person != (try await SignIn.whoami(api)).person {
                throw ClientError.refused(rule: AccessRule.onlyOwnAccessTokens.rawValue, message: AccessRule.onlyOwnAccessTokens.text(in: language))
            }
            let made = try await api.createAccessToken(lifetimeDays: days, label: label)
            let style = ListingStyle(.table, language: language, zoneID: nil)
            Console.out(AccessTokenText.made(
                id: made.token.id, person: made.token.personID, expires: style.instant(made.token.expiresAt), secret: made.secret
            ).text(in: language) + "\n")
            return
        }
        guard let person else { throw ValidationError(AccessTokenText.personRequired.text(in: language)) }
        let store = try asker.storeOptions.open(language: language)
        let zone = try await AgreementChoice.displayZone(in: store)
        var random = SystemRandomNumberGenerator()
        let made = try await AccessGate.run(language: language) {
            do {
                return try await AccessTokenService(store: store).create(
                    for: person, label: label, lifetimeDays: days, by: .operatorAccount(OperatorAccount.name()), now: SystemClock.now(),
                    random: &random
                )
            } catch let error as StoreError {
                throw CommandFailure.store(error, language)
            }
        }
        let style = ListingStyle(.table, language: language, zoneID: zone)
        Console.out(AccessTokenText.made(
            id: made.token.id, person: person, expires: style.instant(made.token.expiresAt), secret: made.secret
        ).text(in: language) + "\n")
    }
}

struct TokensListCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("list", .tokensList) }

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let now = SystemClock.now()
        let tokens: [RemoteAPI.ListedToken]
        let zoneID: String?
        if let api = try await asker.remote() {
            (tokens, zoneID) = (try await api.accessTokens(), nil)
        } else {
            let store = try asker.storeOptions.open(language: language)
            tokens = try await AccessTokenService(store: store).list(by: .operatorAccount(OperatorAccount.name()), now: now).map { token in
                RemoteAPI.ListedToken(
                    id: token.id, personID: token.personID, label: token.label, createdAt: token.createdAt, expiresAt: token.expiresAt,
                    state: token.state(at: now)
                )
            }
            zoneID = try await AgreementChoice.displayZone(in: store)
        }
        let style = ListingStyle(format.format, language: language, zoneID: zoneID)
        let listing = style.listing(.accessTokens, rows: tokens.map { token in
            let shown: AccessTokenText = switch token.state {
            case .active: .active
            case .expired: .expired
            case .revoked: .revokedState
            }
            return [
                String(token.id), token.personID, token.label, style.instant(token.createdAt), style.instant(token.expiresAt),
                style.value(token.state.rawValue, shown: shown.text(in: language)),
            ]
        })
        try style.print(listing, empty: .accessTokens)
    }
}

struct TokensRevokeCommand: AsyncParsableCommand, RunsAgainstServer {
    static var configuration: CommandConfiguration { .localized("revoke", .tokensRevoke) }

    @Argument(help: .localized(.tokenID, valueName: .numberValue)) var id: Int64
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let revoked: Bool
        if let api = try await asker.remote() {
            revoked = try await api.revokeAccessToken(id: id)
        } else {
            let store = try asker.storeOptions.open(language: language)
            revoked = try await AccessGate.run(language: language) {
                try await AccessTokenService(store: store).revoke(id: id, by: .operatorAccount(OperatorAccount.name()), now: SystemClock.now())
            }
        }
        guard revoked else {
            Console.error(UserText.error(AccessTokenText.noActiveToken(id).text(in: language)).text(in: language))
            throw ExitCode.failure
        }
        Console.out(AccessTokenText.revoked(id).text(in: language) + "\n")
    }
}

/// `--expires 90d`: a token's lifetime in days.
enum TokenLifetime {
    static func days(_ text: String, language: Language) throws -> Int {
        guard text.hasSuffix("d"), let days = Int(text.dropLast()), String(days) + "d" == text else {
            throw ValidationError(AccessTokenText.lifetimeInvalid(text).text(in: language))
        }
        guard AccessTokenService.lifetimeDays.contains(days) else {
            throw ValidationError(AccessTokenText.lifetimeOutOfRange(days).text(in: language))
        }
        return days
    }
}
