import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

/// `POST /plans` as the command line's values.
extension RemoteAPI {
    /// What the server answered a plan with: the plan document (`--json`), the table's
    /// sheet made from it, and the version stored (nil on a dry run).
    public struct PlanAnswer: Sendable {
        public let document: PlanJSON.Document
        public let sheet: PlanSheet
        public let version: PlanChangeListing.Version?
    }

    /// Plans the stored agreement `agreementID` (nil: the only one) as `request` asks.
    public func plan(agreementID: String?, _ request: PlanningService.Request) async throws -> PlanAnswer {
        let body = Components.Schemas.PlanRequest(
            agreement: agreementID, from: request.range.first.description, to: request.range.last.description,
            stamp: request.stamp.map { Date(timeIntervalSince1970: TimeInterval($0.secondsSince1970)) },
            dryRun: request.dryRun, optimize: request.optimize,
            participantsFile: request.participantsFile?.name, participantsText: request.participantsFile?.text
        )
        let answer: Components.Schemas.PlanOutcome
        switch try await client.planAgreement(body: .json(body)) {
        case .ok(let ok): answer = try ok.body.json
        case .badRequest(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .forbidden(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .notFound(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .conflict(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .tooManyRequests(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        let document = Self.document(answer.plan)
        guard let sheet = PlanSheet(document, language: request.language) else { throw ClientError.serverUnreachable(credentials.server) }
        return PlanAnswer(document: document, sheet: sheet, version: try answer.version.map(planVersion))
    }

    /// A plan version as the server describes it.
    func planVersion(_ version: Components.Schemas.PlanVersion) throws -> PlanChangeListing.Version {
        guard let first = LocalDate(iso: version.from), let last = LocalDate(iso: version.to), let range = DateSpan(first: first, last: last) else {
            throw ClientError.serverUnreachable(credentials.server)
        }
        let changes = try version.changes.map { change in
            guard let kind = MeetingChange.Kind(rawValue: change.kind.rawValue), let status = MeetingStatus(rawValue: change.status.rawValue),
                  let date = LocalDate(iso: change.date), let start = LocalTime(text: change.start)
            else { throw ClientError.serverUnreachable(credentials.server) }
            return PlanChangeListing.Change(
                uid: change.uid, kind: kind, sequence: change.sequence, status: status, date: date, start: start, description: change.description
            )
        }
        return PlanChangeListing.Version(number: version.number, createdAt: Self.instant(version.createdAt), range: range, changes: changes)
    }

    static func document(_ plan: Components.Schemas.PlanDocument) -> PlanJSON.Document {
        PlanJSON.Document(
            agreement: plan.agreement, name: plan.name, from: plan.from, to: plan.to, stamp: plan.stamp, timeZone: plan.timeZone,
            meetings: plan.meetings.map { meeting in
                PlanJSON.Meeting(
                    uid: meeting.uid, kind: meeting.kind, period: meeting.period, title: meeting.title, start: meeting.start, end: meeting.end,
                    location: meeting.location, organizer: meeting.organizer,
                    attendees: meeting.attendees.map {
                        PlanJSON.Attendee(id: $0.id, name: $0.name, party: $0.party, role: $0.role, convener: $0.convener)
                    },
                    participant: meeting.participant, agenda: meeting.agenda, sequence: meeting.sequence, status: meeting.status.rawValue
                )
            },
            warnings: plan.warnings.map { PlanJSON.Warning(uid: $0.uid, kind: $0.kind, message: $0.message) },
            unplaced: plan.unplaced.map {
                PlanJSON.Unplaced(uid: $0.uid, kind: $0.kind, period: $0.period, title: $0.title, participant: $0.participant, reason: $0.reason)
            }
        )
    }
}

/// `POST /plans/region` as the command line's values.
extension RemoteAPI {
    /// One planned agreement of a region.
    public struct RegionPart: Sendable {
        public let agreement: String
        public let version: PlanChangeListing.Version
        public let meetings: Int
        public let notes: PlanNotes
    }

    /// Plans every stored agreement the signed-in person convenes in, together; the
    /// others are `held`.
    public func planRegion(range: DateSpan, stamp: UTCTimestamp?, optimize: Bool) async throws -> (parts: [RegionPart], held: [String]) {
        let body = Components.Schemas.RegionPlanRequest(
            from: range.first.description, to: range.last.description,
            stamp: stamp.map { Date(timeIntervalSince1970: TimeInterval($0.secondsSince1970)) }, optimize: optimize
        )
        let answer: Components.Schemas.RegionPlan
        switch try await client.planRegion(body: .json(body)) {
        case .ok(let ok): answer = try ok.body.json
        case .badRequest(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .forbidden(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .notFound(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .tooManyRequests(let problem): throw RemoteAnswer.failure(try problem.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        let parts = try answer.parts.map { part in
            RegionPart(
                agreement: part.agreement, version: try planVersion(part.version), meetings: part.meetings,
                notes: PlanNotes(
                    warnings: part.warnings.map { PlanNotes.Warning(meeting: $0.meeting, message: $0.message) },
                    unplaced: part.unplaced.map { PlanSheet.Unplaced(title: $0.title, reason: $0.reason) }
                )
            )
        }
        return (parts, answer.held)
    }
}
