import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

extension SamkalAPIHandler {
    public func listMeetings(_ input: Operations.ListMeetings.Input) async throws -> Operations.ListMeetings.Output {
        let caller = try caller()
        let first: LocalDate?
        let last: LocalDate?
        do {
            first = try Self.date(input.query.from, invalid: { UserText.invalidDateFormat(flag: "from", value: $0) }, language: caller.language)
            last = try Self.date(input.query.to, invalid: { UserText.invalidDateFormat(flag: "to", value: $0) }, language: caller.language)
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        let filter = MeetingFilter(
            from: first, to: last, kind: input.query.kind.flatMap { MeetingKind(rawValue: $0.rawValue) },
            participantID: input.query.participant, mine: input.query.mine ?? false
        )
        do {
            let result = try await MeetingDirectory(store: store, identity: identity).list(filter, as: caller.personID, now: clock(), language: caller.language)
            switch result {
            case .refused(let rule):
                return .forbidden(.init(body: .json(.init(code: .refused, message: rule.text(in: caller.language), rule: rule.rawValue))))
            case .allowed(let list, _):
                return .ok(.init(body: .json(.init(
                    from: list.range.first.description, to: list.range.last.description,
                    meetings: list.meetings.map { meeting in
                        .init(
                            uid: meeting.uid, reference: meeting.reference, date: meeting.date.description, start: meeting.start.description,
                            end: meeting.end.description, timeZone: meeting.timeZoneID, kind: meeting.kind?.rawValue, title: meeting.title,
                            location: meeting.location, status: .init(rawValue: meeting.status.rawValue) ?? .tentative
                        )
                    }
                ))))
            }
        } catch MeetingFilter.Problem.toBeforeFrom(let from, let to) {
            return .badRequest(.init(body: .json(.init(
                code: .invalidArgument, message: UserText.toBeforeFromValues(from: from.description, to: to.description).text(in: caller.language)
            ))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }
}
