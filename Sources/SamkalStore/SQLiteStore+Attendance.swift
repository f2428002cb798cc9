import GRDB
import SamkalCore

extension SQLiteStore {
    public func attendance(participantID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<AttendanceSummary> {
        try await writer.write { db in
            guard let json = try String.fetchOne(db, sql: "SELECT json FROM participant WHERE id = ?", arguments: [participantID]) else {
                throw StoreError.unknownParticipant(participantID)
            }
            let participant = try StoredJSON.decode(Participant.self, from: json)
            let agreementID = try String.fetchOne(db, sql: "SELECT agreementId FROM participant WHERE id = ?", arguments: [participantID]) ?? ""
            let policy = try Self.policy(db, agreementID: agreementID)
            let decision = policy.canReadParticipant(participantID, as: personID)
            try Self.audit(db, AuditEntry(at: now, actorID: personID, action: .readAttendance, target: participantID, allowed: decision.allowed, rule: decision.rule))
            guard decision.allowed else { return .refused(decision.rule) }
            let meetings = try Self.meetings(db, agreementID: agreementID)
            return .allowed(try Self.summary(db, participant: participant, meetings: meetings), rule: decision.rule)
        }
    }

    public func attendance(_ scope: AttendanceScope, as personID: String, now: UTCTimestamp) async throws -> AttendanceOverview {
        try await writer.write { db in
            let agreementIDs = try String.fetchAll(db, sql: "SELECT id FROM agreement ORDER BY id")
            var rows: [AttendanceSummary] = []
            var hidden = 0
            for agreementID in agreementIDs {
                let policy = try Self.policy(db, agreementID: agreementID)
                let meetings = try Self.meetings(db, agreementID: agreementID).filter(scope.includes)
                for participant in policy.participants.values.sorted(by: { $0.id < $1.id }) {
                    let decision = policy.canReadParticipant(participant.id, as: personID)
                    try Self.audit(db, AuditEntry(
                        at: now, actorID: personID, action: .readAttendance, target: participant.id,
                        allowed: decision.allowed, rule: decision.rule
                    ))
                    guard decision.allowed else {
                        hidden += 1
                        continue
                    }
                    rows.append(try Self.summary(db, participant: participant, meetings: meetings))
                }
            }
            return AttendanceOverview(rows: rows, hidden: hidden)
        }
    }

    private static func summary(_ db: Database, participant: Participant, meetings: [PlannedMeeting]) throws -> AttendanceSummary {
        let relevant = meetings.filter { AttendanceReport.expects($0, participant: participant) }
        var latest: [String: MinutesRecord] = [:]
        for meeting in relevant {
            if let record = try minutesRevisions(db, meetingUID: meeting.uid).last {
                latest[meeting.uid] = record
            }
        }
        let uids = relevant.filter { $0.participantID == participant.id }.map(\.uid)
        var open = 0
        if !uids.isEmpty {
            let placeholders = Array(repeating: "?", count: uids.count).joined(separator: ",")
            open = try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM actionItem WHERE closedAt IS NULL AND meetingUid IN (\(placeholders))",
                arguments: StatementArguments(uids)
            ) ?? 0
        }
        return AttendanceReport.summary(for: participant, meetings: relevant, latestMinutes: latest, openActionItems: open)
    }
}
