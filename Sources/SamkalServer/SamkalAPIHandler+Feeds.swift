import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// Subscription links: listed, made, revoked and rotated as `FeedLinkService` lets the asker.
extension SamkalAPIHandler {
    public func listFeeds(_ input: Operations.ListFeeds.Input) async throws -> Operations.ListFeeds.Output {
        let caller = try caller()
        do {
            let agreement = try await AgreementChoice.resolve(input.query.agreement, in: store)
            let feeds = try await LinkDirectory(store: store).list(agreement, as: caller.personID, now: clock())
            return .ok(.init(body: .json(.init(agreement: agreement.id, timeZone: agreement.timeZoneID, feeds: feeds.map(Self.feed)))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func createFeed(_ input: Operations.CreateFeed.Input) async throws -> Operations.CreateFeed.Output {
        let caller = try caller()
        let request: Components.Schemas.FeedRequest
        switch input.body {
        case .json(let body): request = body
        }
        let subject: FeedLinkService.Subject
        switch (request.person, request.party, request.agreement) {
        case (let person?, nil, nil): subject = .person(person)
        case (nil, let party?, nil): subject = .party(party)
        case (nil, nil, let agreement?): subject = .agreement(agreement)
        default:
            return .badRequest(.init(body: .json(.init(
                code: .invalidArgument, message: OptionProblemText.exactlyOne(["--person", "--party", "--agreement"]).text(in: caller.language)
            ))))
        }
        do {
            var source = random()
            let made = try await FeedLinkService(store: store).add(subject, as: caller.personID, now: clock(), random: &source)
            return .created(.init(body: .json(.init(feed: Self.feed(made.subscription), token: made.token))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func revokeFeed(_ input: Operations.RevokeFeed.Input) async throws -> Operations.RevokeFeed.Output {
        let caller = try caller()
        do {
            guard try await FeedLinkService(store: store).revoke(id: input.path.id, as: caller.personID, now: clock()) else {
                return .notFound(.init(body: .json(.init(code: .notFound, message: UserText.noActiveSubscription(input.path.id).text(in: caller.language)))))
            }
            return .noContent(.init())
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func rotateFeed(_ input: Operations.RotateFeed.Input) async throws -> Operations.RotateFeed.Output {
        let caller = try caller()
        do {
            var source = random()
            guard let token = try await FeedLinkService(store: store).rotate(id: input.path.id, as: caller.personID, now: clock(), random: &source) else {
                return .notFound(.init(body: .json(.init(code: .notFound, message: UserText.noActiveSubscription(input.path.id).text(in: caller.language)))))
            }
            return .ok(.init(body: .json(.init(token: token))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    static func feed(_ feed: FeedSubscription) -> Components.Schemas.Feed {
        .init(
            id: feed.id, kind: .init(rawValue: feed.kind.rawValue) ?? .person, subject: feed.subject, label: feed.label,
            created: date(feed.createdAt), revoked: feed.revokedAt.map(date)
        )
    }
}
