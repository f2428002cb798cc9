import ArgumentParser
import Foundation
import SamkalClient
import SamkalCore

/// `samkal login --server URL [--token TOKEN|-]`: signs in to a samkal server, through the
/// municipality's identity provider (device flow) or with a personal access token, and
/// stores the credentials privately; every command then runs against the server.
struct LoginCommand: AsyncParsableCommand, RunsOnThisMachine {
    static var configuration: CommandConfiguration { .localized("login", .login) }

    @Option(help: .localized(.server, valueName: .urlValue)) var server: String
    @Option(help: .localized(.loginToken, valueName: .textValue)) var token: String?
    /// `--as` and `--data` are accepted as on every command, and not used: the server proves who you are.
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        let credentials: ClientCredentials
        let caller: (name: String, person: String)
        if let token {
            let secret = token == "-" ? (readLine(strippingNewline: true) ?? "").trimmingCharacters(in: .whitespaces) : token
            guard !secret.isEmpty else { throw ValidationError(ClientText.tokenFromStandardInputEmpty.text(in: language)) }
            let (made, who) = try await SignIn.withAccessToken(server: server, token: secret, language: language)
            (credentials, caller) = (made, (who.name, who.person))
        } else {
            let (made, who) = try await SignIn.withDeviceFlow(
                server: server, language: language,
                show: { code in
                    Console.error(ClientText.openInBrowser(url: code.verificationURIComplete ?? code.verificationURI, code: code.userCode).text(in: language))
                },
                now: { SystemClock.now().secondsSince1970 },
                sleep: { seconds in try await Task.sleep(for: .seconds(seconds)) }
            )
            (credentials, caller) = (made, (who.name, who.person))
        }
        try RemoteMode.file.save(credentials)
        Console.out(ClientText.signedIn(name: caller.name, person: caller.person, server: credentials.server).text(in: language) + "\n")
    }
}

/// `samkal logout`: ends a sign-in through the identity provider at the server too (its
/// token is refused there from now on, though it has not expired), then deletes the stored
/// credentials; commands work locally again. A personal access token stays valid until it
/// is revoked (`samkal tokens revoke`).
struct LogoutCommand: AsyncParsableCommand, RunsOnThisMachine {
    static var configuration: CommandConfiguration { .localized("logout", .logout) }

    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        guard let stored = try RemoteMode.credentials() else {
            Console.error(UserText.note(ClientText.notSignedIn.text(in: language)).text(in: language))
            return
        }
        // An expired token needs no ending; one the server cannot be told about is still deleted here.
        var received = true
        if stored.kind == .openIDConnect, stored.expiresAt.map({ $0 > SystemClock.now().secondsSince1970 }) ?? true {
            received = await SignIn.endAtServer(try RemoteAPI(server: stored.server, token: stored.token, language: language))
        }
        guard try RemoteMode.file.remove() else {
            Console.error(UserText.note(ClientText.notSignedIn.text(in: language)).text(in: language))
            return
        }
        Console.out(ClientText.signedOut(server: stored.server).text(in: language) + "\n")
        if !received {
            Console.error(UserText.note(ClientText.signOutNotReceived(server: stored.server).text(in: language)).text(in: language))
        }
    }
}

/// `samkal whoami`: whom the commands run as — the signed-in person at the server, or, in
/// local mode, whoever `--as` names on the data directory.
struct WhoamiCommand: AsyncParsableCommand, RunsOnThisMachine {
    static var configuration: CommandConfiguration { .localized("whoami", .whoami) }

    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let language = asker.languageOption.language
        if let api = try await asker.remote() {
            let caller = try await SignIn.whoami(api)
            let via = Credential(stored: caller.via)?.text(in: language) ?? caller.via
            Console.out(ClientText.whoami(name: caller.name, person: caller.person, server: api.credentials.server, via: via).text(in: language) + "\n")
            return
        }
        Console.out(ClientText.local(directory: asker.storeOptions.storeDescription).text(in: language) + "\n")
    }
}
