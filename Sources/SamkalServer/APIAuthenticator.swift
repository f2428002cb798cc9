import SamkalAuthentication
import SamkalCore
import SamkalService
import SamkalStore

/// Proves who an API request is from: a personal access token (`samkal_…`), looked up by
/// its hash on every request, so a revocation holds from the next one; or an OpenID
/// Connect token from the configured provider, whose identity claim must be the email
/// address (or id) of a person in the stored agreements.
public struct APIAuthenticator: Sendable {
    /// What a credential proved.
    public enum Outcome: Sendable, Hashable {
        case caller(personID: String, name: String, credential: Credential, signIn: EndableSignIn?)
        /// A valid token of the provider for nobody in the agreements (403, not 401).
        case unknownIdentity
        case failure(AuthenticationFailure)
    }

    let store: any SamkalStore
    let verifier: OpenIDTokenVerifier?
    let people: PeopleIndex

    public init(store: any SamkalStore, verifier: OpenIDTokenVerifier?) {
        self.store = store
        self.verifier = verifier
        people = PeopleIndex(store: store)
    }

    public func authenticate(authorization: String?, now: UTCTimestamp) async throws -> Outcome {
        guard let presented = BearerToken.token(fromAuthorization: authorization) else {
            return .failure(authorization == nil ? .missing : .malformed)
        }
        if presented.hasPrefix(AccessTokenSecret.prefix) {
            guard let token = try await AccessTokenService(store: store).authenticate(secret: presented, now: now),
                  let person = try await people.people().byID[token.personID]
            else { return .failure(.unknownAccessToken) }
            return .caller(personID: person.id, name: person.name, credential: .accessToken(token.id), signIn: nil)
        }
        guard let verifier else { return .failure(.noProvider) }
        let identity: VerifiedIdentity
        do {
            identity = try await verifier.verify(presented, now: now)
        } catch let failure as AuthenticationFailure {
            return .failure(failure)
        }
        // A token whose bearer signed out is refused though the provider would accept it.
        let tokenHash = AccessTokenSecret.hash(presented)
        if try await store.signInEnded(tokenHash: tokenHash, now: now) { return .failure(.signedOut) }
        let known = try await people.people()
        guard let person = known.byEmail[identity.claim.lowercased()] ?? known.byID[identity.claim] else { return .unknownIdentity }
        return .caller(
            personID: person.id, name: person.name, credential: .openIDConnect(issuer: identity.issuer, subject: identity.subject),
            signIn: EndableSignIn(tokenHash: tokenHash, acceptedUntil: UTCTimestamp(secondsSince1970: identity.acceptedUntil))
        )
    }
}
