import ArgumentParser
import Foundation
import SamkalCore
import SamkalService

/// `--base-url`: the address calendar programs reach `samkal serve` at. Defaults to
/// `$SAMKAL_BASE_URL`, then to where the server listens on this machine
/// (`--host`/`$SAMKAL_HOST`, `--port`/`$SAMKAL_PORT`, i.e. http://localhost:8080).
struct BaseURLOption: ParsableArguments {
    @Option(name: .customLong("base-url"), help: .localized(.baseURL, valueName: .urlValue))
    var explicit: String?

    /// The address links are made from; `host`/`port` are where the server listens (for a
    /// command other than `serve`: `$SAMKAL_HOST`/`$SAMKAL_PORT` or localhost:8080).
    func address(listeningHost host: String? = nil, port: Int? = nil, language: Language) throws -> SubscriptionAddress {
        let environment = ProcessInfo.processInfo.environment
        if let explicit {
            guard let address = SubscriptionAddress(given: explicit) else {
                throw ValidationError(SubscriptionLinkText.invalidBaseURL(source: "--base-url", value: explicit).text(in: language))
            }
            return address
        }
        if let value = environment["SAMKAL_BASE_URL"], !value.isEmpty {
            guard let address = SubscriptionAddress(given: value) else {
                throw ValidationError(SubscriptionLinkText.invalidBaseURL(source: "SAMKAL_BASE_URL", value: value).text(in: language))
            }
            return address
        }
        let listeningHost = host ?? environment["SAMKAL_HOST"] ?? "localhost"
        let listeningPort = port ?? environment["SAMKAL_PORT"].flatMap(Int.init).flatMap { (1...65_535).contains($0) ? $0 : nil } ?? 8080
        return SubscriptionAddress(listeningHost: listeningHost, port: listeningPort)
    }

    /// The address links are made from against `server`: `--base-url` or
    /// `$SAMKAL_BASE_URL` when given, else the server signed in to, which serves the feeds.
    func address(server: String, language: Language) throws -> SubscriptionAddress {
        if explicit != nil || !(ProcessInfo.processInfo.environment["SAMKAL_BASE_URL"] ?? "").isEmpty {
            return try address(language: language)
        }
        guard let address = SubscriptionAddress(given: server) else {
            throw ValidationError(SubscriptionLinkText.invalidBaseURL(source: "--server", value: server).text(in: language))
        }
        return address
    }

    /// Says on standard error when the links cannot work for others: an address only this
    /// machine reaches, or links sent without TLS.
    static func warnAbout(_ address: SubscriptionAddress, language: Language) {
        if address.isLoopback {
            Console.error(SubscriptionLinkText.loopback(base: address.base).text(in: language))
        } else if address.isPlainHTTP {
            Console.error(SubscriptionLinkText.plainHTTP(base: address.base).text(in: language))
        }
    }
}
