import Foundation
import SamkalAPI
import SamkalCore
import SamkalService
import SamkalStore

/// Planning a stored agreement (`PlanningService`), as `samkal plan` does on the server.
extension SamkalAPIHandler {
    public func planAgreement(_ input: Operations.PlanAgreement.Input) async throws -> Operations.PlanAgreement.Output {
        let caller = try caller()
        let body: Components.Schemas.PlanRequest
        switch input.body {
        case .json(let json): body = json
        }
        let request: PlanningService.Request
        do throws(APIInvalidArgument) {
            request = try Self.planningRequest(body, language: caller.language)
        } catch {
            return .badRequest(.init(body: .json(error.problem)))
        }
        do {
            let agreement = try await AgreementChoice.resolve(body.agreement, in: store)
            let outcome = try await PlanningService(store: store, identity: identity).plan(agreement, request, as: caller.personID, now: clock())
            return .ok(.init(body: .json(.init(
                version: outcome.version.map { Self.planVersion(PlanChangeListing.Version($0, language: caller.language)) },
                plan: Self.planDocument(PlanJSON.document(of: outcome.plan))
            ))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    public func planRegion(_ input: Operations.PlanRegion.Input) async throws -> Operations.PlanRegion.Output {
        let caller = try caller()
        let body: Components.Schemas.RegionPlanRequest
        switch input.body {
        case .json(let json): body = json
        }
        let range: DateSpan
        switch PlanningRange.parse(from: body.from, to: body.to) {
        case .success(let parsed): range = parsed
        case .failure(let problem): return .badRequest(.init(body: .json(.init(code: .invalidArgument, message: problem.text.text(in: caller.language)))))
        }
        do {
            let outcome = try await PlanningService(store: store, identity: identity).planRegion(
                given: [], range: range, stamp: body.stamp.map(Self.timestamp), language: caller.language, optimize: body.optimize ?? false,
                as: caller.personID, now: clock()
            )
            return .ok(.init(body: .json(.init(
                parts: outcome.parts.map { part in
                    let notes = PlanNotes(part.version.plan)
                    return .init(
                        agreement: part.agreement.id, version: Self.planVersion(PlanChangeListing.Version(part.version, language: caller.language)),
                        meetings: part.version.plan.meetings.count,
                        warnings: notes.warnings.map { .init(meeting: $0.meeting, message: $0.message) },
                        unplaced: notes.unplaced.map { .init(title: $0.title, reason: $0.reason) }
                    )
                },
                held: outcome.held
            ))))
        } catch {
            return try APIErrorAnswer.answer(to: error, language: caller.language)
        }
    }

    /// The instant a request's `date-time` names, to the second.
    static func timestamp(_ date: Date) -> UTCTimestamp {
        UTCTimestamp(secondsSince1970: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The request as the use case takes it, its dates and file held to the rules of the flags.
    private static func planningRequest(_ body: Components.Schemas.PlanRequest, language: Language) throws(APIInvalidArgument) -> PlanningService.Request {
        let range: DateSpan
        switch PlanningRange.parse(from: body.from, to: body.to) {
        case .success(let parsed): range = parsed
        case .failure(let problem): throw APIInvalidArgument(message: problem.text.text(in: language))
        }
        let participants: (text: String, name: String)?
        switch (body.participantsFile, body.participantsText) {
        case (nil, nil): participants = nil
        case (let name?, let text?):
            try checkFileName(name, language: language)
            participants = (text: text, name: name)
        default: throw APIInvalidArgument(message: APIText.bothOrNeither("participantsFile", "participantsText").text(in: language))
        }
        return PlanningService.Request(
            range: range, stamp: body.stamp.map(timestamp), participantsFile: participants,
            dryRun: body.dryRun ?? false, optimize: body.optimize ?? false, language: language
        )
    }

    static func planVersion(_ version: PlanChangeListing.Version) -> Components.Schemas.PlanVersion {
        .init(
            number: version.number, createdAt: date(version.createdAt), from: version.range.first.description,
            to: version.range.last.description,
            changes: version.changes.map { change in
                .init(
                    uid: change.uid, kind: .init(rawValue: change.kind.rawValue) ?? .moved, sequence: change.sequence,
                    status: .init(rawValue: change.status.rawValue) ?? .tentative, date: change.date.description,
                    start: change.start.description, description: change.description
                )
            }
        )
    }

    static func planDocument(_ document: PlanJSON.Document) -> Components.Schemas.PlanDocument {
        .init(
            agreement: document.agreement, name: document.name, from: document.from, to: document.to, stamp: document.stamp,
            timeZone: document.timeZone,
            meetings: document.meetings.map { meeting in
                .init(
                    uid: meeting.uid, kind: meeting.kind, period: meeting.period, title: meeting.title, start: meeting.start, end: meeting.end,
                    location: meeting.location, organizer: meeting.organizer,
                    attendees: meeting.attendees.map { .init(id: $0.id, name: $0.name, party: $0.party, role: $0.role, convener: $0.convener) },
                    participant: meeting.participant, agenda: meeting.agenda, sequence: meeting.sequence,
                    status: .init(rawValue: meeting.status) ?? .tentative
                )
            },
            warnings: document.warnings.map { .init(uid: $0.uid, kind: $0.kind, message: $0.message) },
            unplaced: document.unplaced.map {
                .init(uid: $0.uid, kind: $0.kind, period: $0.period, title: $0.title, participant: $0.participant, reason: $0.reason)
            }
        )
    }
}
