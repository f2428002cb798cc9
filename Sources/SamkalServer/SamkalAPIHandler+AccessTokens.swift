import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

extension SamkalAPIHandler {
    public func listAccessTokens(_ input: Operations.ListAccessTokens.Input) async throws -> Operations.ListAccessTokens.Output {
        let caller = try caller()
        let now = clock()
        do {
            let tokens = try await AccessTokenService(store: store).list(by: .person(caller.personID), now: now)
            return .ok(.init(body: .json(tokens.map { Self.accessToken($0, now: now) })))
        } catch {
            switch APIErrorAnswer.of(error, language: caller.language) {
            case .refused(let problem), .badRequest(let problem), .notFound(let problem), .conflict(let problem): return .forbidden(.init(body: .json(problem)))
            case nil: throw error
            }
        }
    }

    public func createAccessToken(_ input: Operations.CreateAccessToken.Input) async throws -> Operations.CreateAccessToken.Output {
        let caller = try caller()
        let now = clock()
        let request: Components.Schemas.AccessTokenRequest
        switch input.body {
        case .json(let body): request = body
        }

        do {
            var source = random()
            let made = try await AccessTokenService(store: store).create(
                for: caller.personID, label: request.label ?? "", lifetimeDays: request.expiresInDays, by: .person(caller.personID), now: now,
                random: &source
            )
            return .created(.init(body: .json(.init(token: Self.accessToken(made.token, now: now), secret: made.secret))))
        } catch {
            switch APIErrorAnswer.of(error, language: caller.language) {
            case .badRequest(let problem), .notFound(let problem), .conflict(let problem): return .badRequest(.init(body: .json(problem)))
            case .refused(let problem): return .forbidden(.init(body: .json(problem)))
            case nil: throw error
            }
        }
    }

    public func revokeAccessToken(_ input: Operations.RevokeAccessToken.Input) async throws -> Operations.RevokeAccessToken.Output {
        let caller = try caller()
        do {
            guard try await AccessTokenService(store: store).revoke(id: input.path.id, by: .person(caller.personID), now: clock()) else {
                return .notFound(.init(body: .json(.init(code: .notFound, message: AccessTokenText.noActiveToken(input.path.id).text(in: caller.language)))))
            }
            return .noContent(.init())
        } catch {
            switch APIErrorAnswer.of(error, language: caller.language) {
            case .refused(let problem), .badRequest(let problem), .conflict(let problem): return .forbidden(.init(body: .json(problem)))
            case .notFound(let problem): return .notFound(.init(body: .json(problem)))
            case nil: throw error
            }
        }
    }

    static func accessToken(_ token: AccessToken, now: UTCTimestamp) -> Components.Schemas.AccessToken {
        .init(
            id: token.id, person: token.personID, label: token.label,
            created: Date(timeIntervalSince1970: TimeInterval(token.createdAt.secondsSince1970)),
            expires: Date(timeIntervalSince1970: TimeInterval(token.expiresAt.secondsSince1970)),
            state: .init(rawValue: token.state(at: now).rawValue) ?? .expired
        )
    }
}
