import Foundation
import SamkalCore

/// Where a PostgreSQL store is: `postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=…`,
/// as given to `--database` or `SAMKAL_DATABASE_URL`.
///
/// - `sslmode`: `disable`, `prefer` (the default: TLS when the server offers it),
///   `require` (TLS, any certificate) or `verify-full` (TLS, the certificate checked
///   against the system's or `sslrootcert`'s authorities and the host name);
/// - `sslrootcert`: a PEM file of the authorities to trust (with `verify-full`);
/// - `schema`: a schema of its own (created if missing) instead of `public`, so several
///   stores can share one database (the tests do);
/// - the password may be left out of the URL and given as `PGPASSWORD`.
///
/// The password is never shown: `description` leaves it out.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public let host: String
    public let port: Int
    public let user: String
    let password: String?
    public let database: String
    public let tlsMode: TLSMode
    public let rootCertificate: String?
    public let schema: String?

    /// Why a database URL cannot be used, said in a sentence (never with its password).
    public enum Problem: Error, Sendable, Hashable {
        case notAURL
        case noHost
        case noUser
        case unknownParameter(String)
        case unknownTLSMode(String)
        case badSchema(String)

        public func message(in language: Language) -> String {
            let form = "postgres://BRUKER:PASSORD@VERT:5432/DATABASE"
            switch self {
            case .notAURL:
                return language.pick(
                    nb: "databaseadressen er ikke en postgres://-adresse: skriv den som \(form)",
                    nn: "databaseadressa er ikkje ei postgres://-adresse: skriv ho som \(form)",
                    en: "the database URL is not a postgres:// URL: write it as postgres://USER:PASSWORD@HOST:5432/DATABASE"
                )
            case .noHost:
                return language.pick(
                    nb: "databaseadressen mangler vertsnavn: skriv den som \(form)",
                    nn: "databaseadressa manglar vertsnamn: skriv ho som \(form)",
                    en: "the database URL has no host: write it as postgres://USER:PASSWORD@HOST:5432/DATABASE"
                )
            case .noUser:
                return language.pick(
                    nb: "databaseadressen mangler brukernavn: skriv den som \(form)",
                    nn: "databaseadressa manglar brukarnamn: skriv ho som \(form)",
                    en: "the database URL has no user: write it as postgres://USER:PASSWORD@HOST:5432/DATABASE"
                )
            case .unknownParameter(let name):
                return language.pick(
                    nb: "databaseadressen har en ukjent parameter «\(name)»: kjente er sslmode, sslrootcert og schema",
                    nn: "databaseadressa har ein ukjend parameter «\(name)»: kjende er sslmode, sslrootcert og schema",
                    en: "the database URL has an unknown parameter “\(name)”: known ones are sslmode, sslrootcert and schema"
                )
            case .unknownTLSMode(let mode):
                let modes = TLSMode.allCases.map(\.rawValue).joined(separator: ", ")
                return language.pick(
                    nb: "sslmode=\(mode) er ukjent: bruk en av \(modes)",
                    nn: "sslmode=\(mode) er ukjend: bruk ein av \(modes)",
                    en: "sslmode=\(mode) is unknown: use one of \(modes)"
                )
            case .badSchema(let name):
                return language.pick(
                    nb: "schema=\(name) kan ikke brukes: et skjemanavn har bare små bokstaver a–z, sifre og _ (høyst 63 tegn)",
                    nn: "schema=\(name) kan ikkje brukast: eit skjemanamn har berre små bokstavar a–z, siffer og _ (høgst 63 teikn)",
                    en: "schema=\(name) cannot be used: a schema name has only lower-case letters a–z, digits and _ (at most 63)"
                )
            }
        }
    }

    /// Reads a URL; `environment` gives `PGPASSWORD` when the URL has no password.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Problem) {
        guard let components = URLComponents(string: text),
              components.scheme == "postgres" || components.scheme == "postgresql"
        else { throw .notAURL }
        guard let host = components.host, !host.isEmpty else { throw .noHost }
        guard let user = components.user, !user.isEmpty else { throw .noUser }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 } ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? self.user : (path.removingPercentEncoding ?? path)
        var tlsMode = TLSMode.prefer
        var rootCertificate: String?
        var schema: String?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: item.value ?? "") else { throw .unknownTLSMode(item.value ?? "") }
                tlsMode = mode
            case "sslrootcert":
                rootCertificate = item.value
            case "schema":
                let name = item.value ?? ""
                guard !name.isEmpty, name.count <= 63, name.first?.isNumber == false,
                      name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" })
                else { throw .badSchema(name) }
                schema = name
            default:
                throw .unknownParameter(item.name)
            }
        }
        self.tlsMode = tlsMode
        self.rootCertificate = rootCertificate
        self.schema = schema
    }

    /// The URL without its password: what messages and logs show.
    public var description: String {
        var text = "postgres://\(user)@\(host):\(port)/\(database)"
        if let schema { text += " (schema \(schema))" }
        return text
    }
}
