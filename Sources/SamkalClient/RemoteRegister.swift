import Foundation
import SamkalAPI
import SamkalCore
import SamkalStore

/// `POST /participants`, `POST /participants/import` and `POST /participants/{id}/end` as
/// the command line's values.
extension RemoteAPI {
    /// Reads a participants CSV file's `text` (named `file` in its problems) into the stored agreement.
    public func importParticipants(_ text: String, file: String, agreementID: String?) async throws -> (count: Int, summary: ImportSummary) {
        let body: Components.Schemas.ParticipantImport
        switch try await client.importParticipants(body: .json(.init(agreement: agreementID, file: file, text: text))) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        return (body.count, ImportSummary(inserted: body.inserted, updated: body.updated))
    }

    /// Adds or updates one participant from the CSV's named fields; whether they were new.
    public func addParticipant(fields: [String: String], agreementID: String?) async throws -> (id: String, added: Bool) {
        let request = Components.Schemas.ParticipantRequest(
            agreement: agreementID, id: fields["id"] ?? "", name: fields["name"] ?? "", language: fields["language"] ?? "",
            interpreter: fields["interpreter"] ?? "", start: fields["start"] ?? "", plannedEnd: fields["planned_end"] ?? "",
            finalGoal: fields["final_goal"] ?? "", programAdvisor: fields["program_advisor"] ?? "", navAdvisor: fields["nav_advisor"],
            teamNeeds: fields["team_needs"], teamMembers: fields["team_members"], parentalLeave: fields["parental_leave"], holidays: fields["holidays"]
        )
        switch try await client.addParticipant(body: .json(request)) {
        case .ok(let ok):
            let body = try ok.body.json
            return (body.participant, body.added)
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .conflict(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
    }

    /// Ends participant `id`'s programme on `date` (the server's today when nil): the day it ended.
    public func endParticipant(id: String, on date: LocalDate?, agreementID: String?) async throws -> (id: String, endedOn: LocalDate) {
        let body: Components.Schemas.EndedParticipant
        switch try await client.endParticipant(path: .init(id: id), body: .json(.init(agreement: agreementID, on: date?.description))) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        guard let day = LocalDate(iso: body.endedOn) else { throw ClientError.serverUnreachable(credentials.server) }
        return (body.participant, day)
    }
}
