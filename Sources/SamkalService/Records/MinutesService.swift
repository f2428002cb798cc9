import SamkalCore
import SamkalStore

/// Minutes (referat): written by those who convene or follow the meeting, read by those
/// with a need to know, every access audited in the transaction that answers it.
public struct MinutesService: Sendable {
    public let store: any RecordsStore

    public init(store: any RecordsStore) {
        self.store = store
    }

    /// Records a new revision of a meeting's minutes (its attendance and action items with
    /// it), if the author may write them; a refusal is audited and nothing else is kept.
    public func log(_ entry: MinutesEntry, now: UTCTimestamp) async throws -> AccessResult<MinutesRecord> {
        try await store.records { records in
            guard let meeting = try records.meeting(uid: entry.meetingUID),
                  let agreementID = try records.agreementID(ofMeeting: meeting.uid)
            else { throw StoreError.unknownMeeting(entry.meetingUID) }
            let policy = try records.policy(agreementID: agreementID)
            let decision = policy.canWrite(meeting: meeting, as: entry.authorID)
            let revision = (try records.minutesRevisions(meetingUID: meeting.uid).last?.revision ?? 0) + 1
            try records.audit(AuditEntry(
                at: now, actorID: entry.authorID, action: .writeMinutes,
                target: "\(meeting.uid)#\(revision)", allowed: decision.allowed, rule: decision.rule, agreementID: agreementID
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            try MinutesRules.validateAttendance(
                entry.attendance, meeting: meeting, policy: policy,
                timeZoneID: try records.agreement(id: agreementID).timeZoneID, now: now
            )
            for action in entry.actions where policy.people[action.assigneeID] == nil {
                throw StoreError.unknownPerson(action.assigneeID)
            }
            let actionIDs = try entry.actions.map { try records.addActionItem($0, meetingUID: meeting.uid) }
            let record = MinutesRecord(
                meetingUID: meeting.uid, revision: revision, authorID: entry.authorID, recordedAt: now,
                text: entry.text, decisions: entry.decisions, attendance: entry.attendance, actionItemIDs: actionIDs
            )
            try records.addMinutes(record)
            return .allowed(record, rule: decision.rule)
        }
    }

    /// Every revision of a meeting's minutes and its action items, if `personID` may read them.
    public func history(meetingUID: String, as personID: String, now: UTCTimestamp) async throws -> AccessResult<MinutesHistory> {
        try await store.records { records in
            guard let meeting = try records.meeting(uid: meetingUID),
                  let agreementID = try records.agreementID(ofMeeting: meetingUID)
            else { throw StoreError.unknownMeeting(meetingUID) }
            let policy = try records.policy(agreementID: agreementID)
            let decision = policy.canRead(meeting: meeting, as: personID)
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .readMinutes, target: meetingUID, allowed: decision.allowed, rule: decision.rule,
                agreementID: agreementID
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            var names: [String: String] = [:]
            for participant in policy.participants.values where policy.canView(participantID: participant.id, as: personID).allowed {
                names[participant.id] = participant.name
            }
            return .allowed(MinutesHistory(
                meeting: meeting, revisions: try records.minutesRevisions(meetingUID: meetingUID),
                actionItems: try records.actionItems(meetingUID: meetingUID), participantNames: names
            ), rule: decision.rule)
        }
    }

    /// The meetings with minutes that match `filter` and that `personID` may read, by day;
    /// the listing is audited with the meetings it showed.
    public func list(_ filter: MinutesFilter, as personID: String, now: UTCTimestamp) async throws -> [MinutesListing] {
        try await store.records { records in
            let latest = try records.latestMinutes()
            var meetings: [String: PlannedMeeting] = [:]
            for meeting in try records.meetings(uids: latest.map(\.meetingUID)) { meetings[meeting.uid] = meeting }
            var policies: [String: AccessPolicy] = [:]
            var listings: [MinutesListing] = []
            for minutes in latest {
                guard let meeting = meetings[minutes.meetingUID] else { continue }
                let policy = try policies[minutes.agreementID] ?? records.policy(agreementID: minutes.agreementID)
                policies[minutes.agreementID] = policy
                guard MinutesRules.lists(meeting, filter: filter, openItems: minutes.openActionItems, policy: policy, as: personID) else {
                    continue
                }
                listings.append(MinutesListing(
                    meeting: meeting, revision: minutes.revision, recordedAt: minutes.recordedAt,
                    authorID: minutes.authorID, openActionItems: minutes.openActionItems
                ))
            }
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .listMinutes,
                target: listings.map(\.meeting.uid).joined(separator: ","), allowed: true, rule: .invitedToMeeting
            ))
            return listings
        }
    }
}
