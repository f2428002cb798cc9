import Foundation

/// What the API says in its problem responses (`Problem.message`).
public enum APIText: Sendable, Hashable {
    /// No credential, or one that proves nobody.
    case unauthenticated
    /// A valid token of the identity provider for nobody in the agreements.
    case unknownIdentity
    case tooManyFailures(retryAfter: Int)
    case notFound
    case badRequest(String)
    case methodNotAllowed(String)
    case parameterTooLong(String, Int)
    case bodyTooLarge(String, Int)
    /// Two fields that go together, one given without the other.
    case bothOrNeither(String, String)

    public func text(in language: Language) -> String {
        switch self {
        case .unauthenticated:
            language.pick(
                nb: "innlogging kreves: send et gyldig token (Authorization: Bearer …); logg inn med samkal login",
                nn: "innlogging krevst: send eit gyldig token (Authorization: Bearer …); logg inn med samkal login",
                en: "authentication required: send a valid token (Authorization: Bearer …); sign in with samkal login"
            )
        case .unknownIdentity:
            language.pick(
                nb: "innloggingen er gyldig, men du er ikke en person i avtalene; be flyktningtjenesten føre deg opp med denne e-postadressen",
                nn: "innlogginga er gyldig, men du er ikkje ein person i avtalane; be flyktningtenesta føre deg opp med denne e-postadressa",
                en: "the sign-in is valid, but you are not a person in the agreements; ask the refugee service to add you with this email address"
            )
        case .tooManyFailures(let seconds):
            language.pick(
                nb: "for mange mislykte innlogginger fra denne adressen; prøv igjen om \(seconds) sekunder",
                nn: "for mange mislukka innloggingar frå denne adressa; prøv igjen om \(seconds) sekund",
                en: "too many failed sign-ins from this address; try again in \(seconds) seconds"
            )
        case .notFound:
            language.pick(nb: "finnes ikke", nn: "finst ikkje", en: "not found")
        case .badRequest(let operation):
            language.pick(
                nb: "forespørselen passer ikke med API-beskrivelsen (\(operation)); ingenting er endret",
                nn: "førespurnaden passar ikkje med API-skildringa (\(operation)); ingenting er endra",
                en: "the request does not fit the API's description (\(operation)); nothing was changed"
            )
        case .parameterTooLong(let name, let limit):
            language.pick(nb: "\(name): høyst \(limit) tegn", nn: "\(name): høgst \(limit) teikn", en: "\(name): at most \(limit) characters")
        case .bodyTooLarge(let name, let limit):
            language.pick(nb: "\(name): høyst \(limit) byte", nn: "\(name): høgst \(limit) byte", en: "\(name): at most \(limit) bytes")
        case .bothOrNeither(let first, let second):
            language.pick(
                nb: "\(first) og \(second) gis sammen eller ikke i det hele tatt",
                nn: "\(first) og \(second) blir gjevne saman eller ikkje i det heile",
                en: "\(first) and \(second) are given together or not at all"
            )
        case .methodNotAllowed(let method):
            language.pick(nb: "\(method) er ikke tillatt her", nn: "\(method) er ikkje tillate her", en: "\(method) is not allowed here")
        }
    }

    /// The language an `Accept-Language` header asks for: the first of nb, nn (no counts as
    /// nb) and en it names, else bokmål.
    public static func language(acceptLanguage header: String?) -> Language {
        guard let header else { return .nb }
        for item in header.split(separator: ",").prefix(20) {
            let tag = item.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            switch primary {
            case "nb", "no": return .nb
            case "nn": return .nn
            case "en": return .en
            default: continue
            }
        }
        return .nb
    }
}
