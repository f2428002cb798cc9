import SamkalCore
import SamkalStore

/// A participant's meetings over the programme period, with their attendance and the
/// minutes logged: the web pages' Deltaker page. Only for those who follow the
/// participant (programme advisor, NAV advisor, team); every read, and every refusal, is
/// audited.
public struct ParticipantTimeline: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let meeting: PlannedMeeting
        /// The short reference (`M-…`) the minutes are found by.
        public let reference: String
        /// The latest revision of its minutes, if logged.
        public let minutesRevision: Int?
        /// The participant's attendance in the latest minutes, if marked.
        public let attendance: AttendanceStatus?
    }

    public let participant: Participant
    public let timeZoneID: String
    /// Their meetings by day, cancelled ones too.
    public let entries: [Entry]

    /// The timeline of `participantID`, if `personID` follows the participant.
    public static func read(
        participantID: String, store: any RecordsStore, identity: MeetingIdentity, as personID: String, now: UTCTimestamp
    ) async throws -> AccessResult<ParticipantTimeline> {
        try await store.records { records in
            guard let entry = try records.participant(id: participantID) else { throw StoreError.unknownParticipant(participantID) }
            let policy = try records.policy(agreementID: entry.agreementID)
            let decision = policy.canReadParticipant(participantID, as: personID)
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .readParticipants, target: participantID,
                allowed: decision.allowed, rule: decision.rule, agreementID: entry.agreementID
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            let agreement = try records.agreement(id: entry.agreementID)
            let stored = try StoredMeetings(records, identity: identity)
            let theirs = stored.meetings(of: entry.agreementID).filter { $0.participantID == participantID }
            var latest: [String: Int] = [:]
            for minutes in try records.latestMinutes() where minutes.agreementID == entry.agreementID { latest[minutes.meetingUID] = minutes.revision }
            let entries = try theirs.map { meeting -> Entry in
                let mark = latest[meeting.uid] == nil ? nil : try records.minutesRevisions(meetingUID: meeting.uid).last?
                    .attendance.first { $0.isParticipant && $0.attendeeID == participantID }
                return Entry(
                    meeting: meeting, reference: stored.references.reference(of: meeting.uid) ?? meeting.uid,
                    minutesRevision: latest[meeting.uid], attendance: mark?.status
                )
            }
            return .allowed(
                ParticipantTimeline(
                    participant: entry.participant, timeZoneID: agreement.timeZoneID,
                    entries: entries.sorted { ($0.meeting.date, $0.meeting.start, $0.reference) < ($1.meeting.date, $1.meeting.start, $1.reference) }
                ),
                rule: decision.rule
            )
        }
    }
}
