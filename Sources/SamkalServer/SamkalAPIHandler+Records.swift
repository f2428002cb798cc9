import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// Minutes and action items: listed as the asker may see them, an item closed by whom it is for.
extension SamkalAPIHandler {
    public func listMinutes(_ input: Operations.ListMinutes.Input) async throws -> Operations.ListMinutes.Output {
        let caller = try caller()
        let range: DateSpan?
        do throws(APIInvalidArgument) {
            let first = try Self.date(input.query.from, invalid: { UserText.invalidDate(flag: "from", value: $0) }, language: caller.language)
            let last = try Self.date(input.query.to, invalid: { UserText.invalidDate(flag: "to", value: $0) }, language: caller.language)
            do {
                range = try OpenDateRange.span(from: first, to: last)
            } catch {
                throw APIInvalidArgument(message: UserText.toBeforeFrom.text(in: caller.language))
            }
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        let filter = MinutesFilter(
            participantID: input.query.participant, kind: input.query.kind.flatMap { MeetingKind(rawValue: $0.rawValue) }, range: range,
            withOpenActionItems: input.query.openActions ?? false
        )
        let listings = try await MinutesService(store: store).list(filter, as: caller.personID, now: clock())
        return .ok(.init(body: .json(.init(
            timeZone: try await AgreementChoice.displayZone(in: store) ?? "Europe/Oslo",
            minutes: listings.map { listing in
                .init(
                    meeting: listing.meeting.uid, kind: listing.meeting.kind.rawValue, title: listing.meeting.title,
                    date: listing.meeting.date.description, revision: listing.revision, recordedAt: Self.date(listing.recordedAt),
                    author: listing.authorID, openActionItems: listing.openActionItems
                )
            }
        ))))
    }

    public func listActionItems(_ input: Operations.ListActionItems.Input) async throws -> Operations.ListActionItems.Output {
        let caller = try caller()
        let items = try await ActionItemService(store: store).list(openOnly: !(input.query.all ?? false), as: caller.personID, now: clock())
        let people = try await AgreementChoice.everyone(in: store)
        var names: [String: String] = [:]
        for item in items { names[item.assigneeID] = people[item.assigneeID]?.name }
        return .ok(.init(body: .json(.init(
            timeZone: try await AgreementChoice.displayZone(in: store) ?? "Europe/Oslo", names: .init(additionalProperties: names),
            items: items.map(Self.actionItem)
        ))))
    }

    public func closeActionItem(_ input: Operations.CloseActionItem.Input) async throws -> Operations.CloseActionItem.Output {
        let caller = try caller()
        do {
            switch try await ActionItemService(store: store).close(id: input.path.id, as: caller.personID, now: clock()) {
            case .refused(let rule):
                return .forbidden(.init(body: .json(.init(code: .refused, message: rule.text(in: caller.language), rule: rule.rawValue))))
            case .allowed(let item, _):
                return .ok(.init(body: .json(Self.actionItem(item))))
            }
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    static func actionItem(_ item: ActionItem) -> Components.Schemas.ActionItem {
        .init(
            id: item.id, meeting: item.meetingUID, assignee: item.assigneeID, text: item.text, due: item.due.description,
            closedAt: item.closedAt.map(date), closedBy: item.closedBy
        )
    }

    static func date(_ instant: UTCTimestamp) -> Date {
        Date(timeIntervalSince1970: TimeInterval(instant.secondsSince1970))
    }
}
