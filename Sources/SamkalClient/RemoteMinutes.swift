import Foundation
import SamkalAPI
import SamkalCore
import SamkalService

/// `GET /minutes` as the command line's values.
extension RemoteAPI {
    /// One meeting's minutes as listed.
    public struct MinutesSummary: Sendable, Hashable {
        public let meetingUID: String
        public let kind: MeetingKind
        public let title: String
        public let date: LocalDate
        public let revision: Int
        public let recordedAt: UTCTimestamp
        public let authorID: String
        public let openActionItems: Int

        public init(_ listing: MinutesListing) {
            meetingUID = listing.meeting.uid
            kind = listing.meeting.kind
            title = listing.meeting.title
            date = listing.meeting.date
            revision = listing.revision
            recordedAt = listing.recordedAt
            authorID = listing.authorID
            openActionItems = listing.openActionItems
        }

        init?(_ remote: Components.Schemas.MinutesSummary) {
            guard let kind = MeetingKind(rawValue: remote.kind), let date = LocalDate(iso: remote.date) else { return nil }
            meetingUID = remote.meeting
            self.kind = kind
            title = remote.title
            self.date = date
            revision = remote.revision
            recordedAt = RemoteAPI.instant(remote.recordedAt)
            authorID = remote.author
            openActionItems = remote.openActionItems
        }
    }

    /// `from` and `to` as typed (already checked by the command line).
    public func minutes(_ filter: MinutesFilter, from: String?, to: String?) async throws -> (timeZoneID: String, minutes: [MinutesSummary]) {
        let query = Operations.ListMinutes.Input.Query(
            participant: filter.participantID, kind: filter.kind.flatMap { .init(rawValue: $0.rawValue) }, from: from, to: to,
            openActions: filter.withOpenActionItems ? true : nil
        )
        let body: Components.Schemas.MinutesListing
        switch try await client.listMinutes(query: query) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        let summaries = try body.minutes.map { remote in
            guard let summary = MinutesSummary(remote) else { throw ClientError.serverUnreachable(credentials.server) }
            return summary
        }
        return (body.timeZone, summaries)
    }
}
