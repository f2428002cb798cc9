import SamkalAPI
import SamkalCore

/// `GET /participants` as the command line's values.
extension RemoteAPI {
    public struct ParticipantListing: Sendable {
        public let agreementID: String
        public let timeZoneID: String
        public let municipality: String?
        public let names: [String: String]
        public let visible: [Participant]
        public let hidden: Int
    }

    public func participants(agreementID: String?) async throws -> ParticipantListing {
        let output = try await client.listParticipants(query: .init(agreement: agreementID))
        let body: Components.Schemas.ParticipantListing
        switch output {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return try Self.listing(body)
    }

    static func listing(_ body: Components.Schemas.ParticipantListing) throws -> ParticipantListing {
        ParticipantListing(
            agreementID: body.agreement, timeZoneID: body.timeZone, municipality: body.municipality, names: body.names.additionalProperties,
            visible: try body.participants.map(Self.participant), hidden: body.hidden
        )
    }

    static func participant(_ remote: Components.Schemas.Participant) throws -> Participant {
        func date(_ text: String) throws -> LocalDate {
            guard let date = LocalDate(iso: text) else { throw ClientError.serverUnreachable(text) }
            return date
        }
        func span(_ period: Components.Schemas.Period) throws -> DateSpan {
            guard let span = DateSpan(first: try date(period.first), last: try date(period.last)) else { throw ClientError.serverUnreachable(period.first) }
            return span
        }
        guard let goal = FinalGoal(rawValue: remote.finalGoal) else { throw ClientError.serverUnreachable(remote.finalGoal) }
        return Participant(
            id: remote.id, name: remote.name, language: remote.language, needsInterpreter: remote.needsInterpreter,
            programmeStart: try date(remote.programmeStart), plannedEnd: try date(remote.plannedEnd), finalGoal: goal,
            programAdvisorID: remote.programAdvisor, navAdvisorID: remote.navAdvisor,
            teamNeeds: try remote.teamNeeds.map { kind in
                guard let party = PartyKind(rawValue: kind) else { throw ClientError.serverUnreachable(kind) }
                return party
            },
            teamMemberIDs: remote.teamMembers, parentalLeave: try remote.parentalLeave.map(span), holidays: try remote.holidays.map(span),
            classGroup: remote.classGroup, endedOn: try remote.endedOn.map(date), homeMunicipality: remote.homeMunicipality
        )
    }
}
