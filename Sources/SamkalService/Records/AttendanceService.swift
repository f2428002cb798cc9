import SamkalCore
import SamkalStore

/// Attendance (oppmøte) of participants, from the latest minutes of the meetings each is
/// expected at: one participant's, or an overview; shown only to those who may read the
/// participant, every participant looked at audited.
public struct AttendanceService: Sendable {
    public let store: any RecordsStore

    public init(store: any RecordsStore) {
        self.store = store
    }

    public func summary(participantID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<AttendanceSummary> {
        try await store.records { records in
            guard let entry = try records.participant(id: participantID) else { throw StoreError.unknownParticipant(participantID) }
            let decision = try records.policy(agreementID: entry.agreementID).canReadParticipant(participantID, as: personID)
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .readAttendance, target: participantID, allowed: decision.allowed, rule: decision.rule
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            let meetings = try records.meetings(agreementID: entry.agreementID)
            return .allowed(try Self.summary(records, participant: entry.participant, meetings: meetings), rule: decision.rule)
        }
    }

    /// Every participant of every agreement `personID` may read, over the meetings of `scope`;
    /// those withheld are counted, not shown.
    public func overview(_ scope: AttendanceScope, as personID: String, now: UTCTimestamp) async throws -> AttendanceOverview {
        try await store.records { records in
            var rows: [AttendanceSummary] = []
            var hidden = 0
            for agreementID in try records.agreementIDs() {
                let policy = try records.policy(agreementID: agreementID)
                let meetings = try records.meetings(agreementID: agreementID).filter(scope.includes)
                for participant in policy.participants.values.sorted(by: { $0.id < $1.id }) {
                    let decision = policy.canReadParticipant(participant.id, as: personID)
                    try records.audit(AuditEntry(
                        at: now, actorID: personID, action: .readAttendance, target: participant.id,
                        allowed: decision.allowed, rule: decision.rule
                    ))
                    guard decision.allowed else {
                        hidden += 1
                        continue
                    }
                    rows.append(try Self.summary(records, participant: participant, meetings: meetings))
                }
            }
            return AttendanceOverview(rows: rows, hidden: hidden)
        }
    }

    private static func summary(_ records: any RecordsTransaction, participant: Participant, meetings: [PlannedMeeting]) throws -> AttendanceSummary {
        let relevant = meetings.filter { AttendanceReport.expects($0, participant: participant) }
        var latest: [String: MinutesRecord] = [:]
        for meeting in relevant {
            if let record = try records.minutesRevisions(meetingUID: meeting.uid).last { latest[meeting.uid] = record }
        }
        let open = try records.openActionItemCount(meetingUIDs: relevant.filter { $0.participantID == participant.id }.map(\.uid))
        return AttendanceReport.summary(for: participant, meetings: relevant, latestMinutes: latest, openActionItems: open)
    }
}
