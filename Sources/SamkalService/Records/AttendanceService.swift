import SamkalCore
import SamkalStore

/// Attendance (oppmøte) of participants, from the latest minutes of the meetings each is
/// expected at: one participant's, or an overview; shown only as far as the need-to-know
/// rule lets the asker read it (`AccessPolicy.attendanceAccess`: a follower all of it, a
/// convener the meetings she convened), every participant looked at audited.
public struct AttendanceService: Sendable {
    public let store: any RecordsStore

    public init(store: any RecordsStore) {
        self.store = store
    }

    public func summary(participantID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<AttendanceSummary> {
        try await store.records { records in
            guard let entry = try records.participant(id: participantID) else { throw StoreError.unknownParticipant(participantID) }
            let policy = try records.policy(agreementID: entry.agreementID)
            let expected = try records.meetings(agreementID: entry.agreementID).filter { AttendanceReport.expects($0, participant: entry.participant) }
            let access = policy.attendanceAccess(of: participantID, among: expected, as: personID)
            try records.audit(Self.auditEntry(access, participantID: participantID, agreementID: entry.agreementID, as: personID, now: now))
            switch access {
            case .refused(let rule): return .refused(rule)
            case .allowed(let meetings, let rule):
                return .allowed(try Self.summary(records, participant: entry.participant, meetings: meetings), rule: rule)
            }
        }
    }

    /// Every participant of every agreement `personID` may read, over the meetings of `scope`;
    /// those withheld are counted, not shown.
    public func overview(_ scope: AttendanceScope, as personID: String, now: UTCTimestamp) async throws -> AttendanceOverview {
        try await store.records { records in
            var rows: [AttendanceSummary] = []
            var hidden = 0
            var onlyConvened: [String] = []
            for agreementID in try records.agreementIDs() {
                let policy = try records.policy(agreementID: agreementID)
                // Another municipality's agreement is not looked into (nor counted) for someone not in it.
                guard policy.people[personID] != nil else { continue }
                let meetings = try records.meetings(agreementID: agreementID).filter(scope.includes)
                for participant in policy.participants.values.sorted(by: { $0.id < $1.id }) {
                    let expected = meetings.filter { AttendanceReport.expects($0, participant: participant) }
                    let access = policy.attendanceAccess(of: participant.id, among: expected, as: personID)
                    try records.audit(Self.auditEntry(access, participantID: participant.id, agreementID: agreementID, as: personID, now: now))
                    guard case .allowed(let readable, let rule) = access else {
                        hidden += 1
                        continue
                    }
                    if rule == .convenesMeeting { onlyConvened.append(participant.id) }
                    rows.append(try Self.summary(records, participant: participant, meetings: readable))
                }
            }
            return AttendanceOverview(rows: rows, hidden: hidden, onlyConvened: onlyConvened)
        }
    }

    private static func auditEntry(
        _ access: AccessResult<[PlannedMeeting]>, participantID: String, agreementID: String, as personID: String, now: UTCTimestamp
    ) -> AuditEntry {
        let (allowed, rule): (Bool, AccessRule) = switch access {
        case .allowed(_, let rule): (true, rule)
        case .refused(let rule): (false, rule)
        }
        return AuditEntry(at: now, actorID: personID, action: .readAttendance, target: participantID, allowed: allowed, rule: rule, agreementID: agreementID)
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
