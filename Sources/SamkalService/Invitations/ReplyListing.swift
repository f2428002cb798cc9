import SamkalCore
import SamkalStore

/// `samkal rsvp list` and `GET /replies`: each invited attendee's answer to the meetings
/// of one agreement, for the refugee service (the convener); the reading is audited.
public struct ReplyListing: Sendable {
    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// One invited attendee's answer to one meeting.
    public struct Row: Sendable, Hashable {
        public let date: LocalDate
        public let meetingUID: String
        public let attendeeID: String
        public let attendeeName: String
        public let answer: ParticipationAnswer

        public init(date: LocalDate, meetingUID: String, attendeeID: String, attendeeName: String, answer: ParticipationAnswer) {
            self.date = date
            self.meetingUID = meetingUID
            self.attendeeID = attendeeID
            self.attendeeName = attendeeName
            self.answer = answer
        }
    }

    /// The answers of everyone an invitation was sent to, for the meetings of `agreementID`
    /// (or the only agreement) that are not cancelled, only `meetingUID`'s when given; no
    /// answer yet is `needsAction`. Refused: `AccessRefused`, audited.
    public func list(agreementID: String?, meetingUID: String?, as person: String, now: UTCTimestamp) async throws -> (agreement: Agreement, rows: [Row]) {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        let admitted = try await AccessGuard(store: store).admit(.convene(.readReplies), by: person, on: agreement, now: now)
        try await store.recordAudit([AuditEntry(
            at: admitted.at, actorID: admitted.actorID, action: .readReplies, target: meetingUID ?? "all", allowed: true, rule: admitted.rule,
            agreementID: agreement.id
        )])
        let book = ReplyBook(try await store.replies())
        let meetings = try await store.meetings(agreementID: agreement.id).filter { meetingUID == nil || $0.uid == meetingUID }
        let sent = Set(try await store.sentInvitations().filter { $0.method == .request }.map { $0.meetingUID + "\u{0}" + $0.attendee.id })
        var rows: [Row] = []
        for meeting in meetings where meeting.status != .cancelled {
            for attendee in meeting.attendees where !attendee.isConvener && sent.contains(meeting.uid + "\u{0}" + attendee.id) {
                rows.append(Row(
                    date: meeting.date, meetingUID: meeting.uid, attendeeID: attendee.id, attendeeName: attendee.name,
                    answer: book.answer(of: attendee.id, to: meeting) ?? .needsAction
                ))
            }
        }
        return (agreement, rows)
    }
}
