import SamkalAPI
import SamkalCore

/// `GET /meetings` as the command line's values.
extension RemoteAPI {
    /// One meeting of the listing, as the server let the asker see it.
    public struct MeetingLine: Sendable, Hashable {
        public let uid: String
        public let reference: String
        public let date: LocalDate
        public let start: LocalTime
        public let end: LocalTime
        public let timeZoneID: String
        public let kind: MeetingKind?
        public let title: String
        public let location: String
        public let status: MeetingStatus

        public init(
            uid: String, reference: String, date: LocalDate, start: LocalTime, end: LocalTime, timeZoneID: String, kind: MeetingKind?,
            title: String, location: String, status: MeetingStatus
        ) {
            self.uid = uid
            self.reference = reference
            self.date = date
            self.start = start
            self.end = end
            self.timeZoneID = timeZoneID
            self.kind = kind
            self.title = title
            self.location = location
            self.status = status
        }
    }

    public func meetings(
        from: LocalDate?, to: LocalDate?, kind: MeetingKind?, participantID: String?, mine: Bool
    ) async throws -> (range: DateSpan, meetings: [MeetingLine]) {
        let query = Operations.ListMeetings.Input.Query(
            from: from?.description, to: to?.description, kind: kind.flatMap { .init(rawValue: $0.rawValue) }, participant: participantID,
            mine: mine ? true : nil
        )
        let body: Components.Schemas.MeetingListing
        switch try await client.listMeetings(query: query) {
        case .ok(let ok): body = try ok.body.json
        case .badRequest(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .forbidden(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .notFound(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .tooManyRequests(let answer): throw RemoteAnswer.failure(try answer.body.json)
        case .unauthorized: throw ClientError.credentialRejected(credentials.server)
        case .undocumented: throw ClientError.serverUnreachable(credentials.server)
        }
        guard let first = LocalDate(iso: body.from), let last = LocalDate(iso: body.to), let range = DateSpan(first: first, last: last) else {
            throw ClientError.serverUnreachable(credentials.server)
        }
        let lines = try body.meetings.map { meeting in
            guard let date = LocalDate(iso: meeting.date), let start = LocalTime(text: meeting.start), let end = LocalTime(text: meeting.end),
                  let status = MeetingStatus(rawValue: meeting.status.rawValue)
            else { throw ClientError.serverUnreachable(credentials.server) }
            return MeetingLine(
                uid: meeting.uid, reference: meeting.reference, date: date, start: start, end: end, timeZoneID: meeting.timeZone,
                kind: meeting.kind.flatMap(MeetingKind.init(rawValue:)), title: meeting.title, location: meeting.location, status: status
            )
        }
        return (range, lines)
    }
}
