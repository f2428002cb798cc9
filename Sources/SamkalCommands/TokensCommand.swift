import ArgumentParser
import SamkalCore
import SamkalService
import SamkalStore

/// `samkal tokens create|list|revoke`: personal access tokens to the API. In local mode
/// these are the operator's commands (the account that owns the data directory); `--as`
/// is not needed.
struct TokensCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        .localized("tokens", .tokens, subcommands: [TokensCreateCommand.self, TokensListCommand.self, TokensRevokeCommand.self])
    }
}

struct TokensCreateCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("create", .tokensCreate) }

    @Option(help: .localized(.tokenPerson, valueName: .personIDValue)) var person: String
    @Option(help: .localized(.tokenExpires, valueName: .durationValue)) var expires = "90d"
    @Option(help: .localized(.tokenLabel, valueName: .textValue)) var label = ""
    @OptionGroup var asker: AskerOptions

    func validate() throws {
        _ = try TokenLifetime.days(expires, language: CommandLanguage.current)
    }

    func run() async throws {
        let language = asker.languageOption.language
        let days = try TokenLifetime.days(expires, language: language)
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

struct TokensListCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("list", .tokensList) }

    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let store = try asker.storeOptions.open(language: language)
        let now = SystemClock.now()
        let tokens = try await AccessTokenService(store: store).list(by: .operatorAccount(OperatorAccount.name()), now: now)
        let style = ListingStyle(format.format, language: language, zoneID: try await AgreementChoice.displayZone(in: store))
        let listing = style.listing(.accessTokens, rows: tokens.map { token in
            let state: (String, AccessTokenText) = token.revokedAt != nil ? ("revoked", .revokedState)
                : token.isValid(at: now) ? ("active", .active) : ("expired", .expired)
            return [
                String(token.id), token.personID, token.label, style.instant(token.createdAt), style.instant(token.expiresAt),
                style.value(state.0, shown: state.1.text(in: language)),
            ]
        })
        try style.print(listing, empty: .accessTokens)
    }
}

struct TokensRevokeCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { .localized("revoke", .tokensRevoke) }

    @Argument(help: .localized(.tokenID, valueName: .numberValue)) var id: Int64
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let store = try asker.storeOptions.open(language: language)
        guard try await AccessTokenService(store: store).revoke(id: id, by: .operatorAccount(OperatorAccount.name()), now: SystemClock.now()) else {
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
