import Foundation
import JWTKit
import SamkalCore

/// Checks an OpenID Connect token from the configured provider: its signature against the
/// provider's published keys (RS256 or ES256 only, with a key of the matching type), its
/// issuer, audience, expiry and not-before against the clock it is given, and that it names
/// a subject and the identity claim.
///
/// The header is checked before any key is used: `alg: none`, HMAC (a public key used as a
/// shared secret) and any other algorithm are refused, and a token without a `kid` is never
/// tried against a default key. An unknown `kid` fetches the key set again (the provider
/// rotated its keys), at most once per `keyRefreshIntervalSeconds`.
public actor OpenIDTokenVerifier {
    public let settings: OpenIDSettings
    let source: any OpenIDKeySource
    private var discovery: OpenIDDiscovery?
    private var keys = JWTKeyCollection()
    /// The key type of each known `kid`, to refuse an algorithm that does not fit it.
    private var keyTypes: [String: JWK.KeyType] = [:]
    private var lastFetch: Int?

    static let algorithms: [String: JWK.KeyType] = ["RS256": .rsa, "ES256": .ecdsa]

    public init(settings: OpenIDSettings, source: any OpenIDKeySource) {
        self.settings = settings
        self.source = source
    }

    /// The discovery document (fetched once); the command line's device flow reads its endpoints.
    public func providerDocument() async throws -> OpenIDDiscovery {
        if let discovery { return discovery }
        let document: OpenIDDiscovery
        do {
            document = try await source.discovery(at: settings.discoveryURL)
        } catch {
            throw AuthenticationFailure.providerUnavailable
        }
        // A document for another issuer is not this provider's (OpenID Connect Discovery §4.3).
        guard document.issuer == settings.issuer else { throw AuthenticationFailure.providerUnavailable }
        discovery = document
        return document
    }

    public func verify(_ token: String, now: UTCTimestamp) async throws -> VerifiedIdentity {
        guard token.utf8.count <= BearerToken.maximumLength else { throw AuthenticationFailure.malformed }
        let parsed: (header: JWTHeader, payload: OpenIDClaims, signature: Data)
        do {
            parsed = try DefaultJWTParser().parse(Array(token.utf8), as: OpenIDClaims.self)
        } catch {
            throw AuthenticationFailure.malformed
        }
        guard let algorithm = parsed.header.alg, let keyType = Self.algorithms[algorithm] else {
            throw AuthenticationFailure.algorithmRefused
        }
        guard let kid = parsed.header.kid, !kid.isEmpty else { throw AuthenticationFailure.unknownKey }
        if keyTypes[kid] == nil { try await refreshKeys(now: now) }
        guard let known = keyTypes[kid] else { throw AuthenticationFailure.unknownKey }
        guard known == keyType else { throw AuthenticationFailure.algorithmRefused }
        do {
            _ = try await keys.verify(token, as: OpenIDClaims.self)
        } catch {
            throw AuthenticationFailure.badSignature
        }
        let claims = parsed.payload
        guard claims.issuer == settings.issuer else { throw AuthenticationFailure.wrongIssuer }
        guard !settings.audiences.isDisjoint(with: claims.audience) else { throw AuthenticationFailure.wrongAudience }
        let seconds = Double(now.secondsSince1970)
        let skew = Double(settings.clockSkewSeconds)
        guard let expires = claims.expires else { throw AuthenticationFailure.missingClaim }
        guard seconds < expires + skew else { throw AuthenticationFailure.expired }
        if let notBefore = claims.notBefore, seconds + skew < notBefore { throw AuthenticationFailure.notYetValid }
        guard let subject = claims.subject, !subject.isEmpty,
              let value = claims.strings[settings.identityClaim], !value.isEmpty
        else { throw AuthenticationFailure.missingClaim }
        return VerifiedIdentity(issuer: settings.issuer, subject: subject, claim: value, acceptedUntil: Int((expires + skew).rounded(.up)))
    }

    /// Fetches the key set again unless it was fetched less than the interval ago.
    private func refreshKeys(now: UTCTimestamp) async throws {
        if let lastFetch, now.secondsSince1970 - lastFetch < settings.keyRefreshIntervalSeconds { return }
        // Set before the fetch, so requests arriving meanwhile do not fetch again.
        lastFetch = now.secondsSince1970
        let set: JWKS
        do {
            set = try await source.keySet(at: try await providerDocument().jwksURI)
        } catch {
            if keyTypes.isEmpty { throw AuthenticationFailure.providerUnavailable }
            return
        }
        let fresh = JWTKeyCollection()
        var types: [String: JWK.KeyType] = [:]
        for key in set.keys {
            // Signing keys only, each with a kid; an unusable key is skipped, not fatal.
            guard let kid = key.keyIdentifier?.string, key.keyType == .rsa || key.keyType == .ecdsa else { continue }
            guard (try? await fresh.add(jwk: key)) != nil else { continue }
            types[kid] = key.keyType
        }
        keys = fresh
        keyTypes = types
    }
}
