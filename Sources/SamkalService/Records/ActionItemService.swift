import SamkalCore
import SamkalStore

/// Action items from minutes: seen by their assignee and by those who may read the
/// meeting's minutes; closed by the assignee or by those who may write them.
public struct ActionItemService: Sendable {
    public let store: any RecordsStore

    public init(store: any RecordsStore) {
        self.store = store
    }

    /// The action items `personID` may see (only open ones with `openOnly`), by due date;
    /// the listing is audited with the items it showed.
    public func list(openOnly: Bool, as personID: String, now: UTCTimestamp) async throws -> [ActionItem] {
        try await store.records { records in
            var visible: [ActionItem] = []
            var policies: [String: AccessPolicy] = [:]
            for item in try records.actionItems(openOnly: openOnly) {
                if item.assigneeID == personID {
                    visible.append(item)
                    continue
                }
                guard let meeting = try records.meeting(uid: item.meetingUID),
                      let agreementID = try records.agreementID(ofMeeting: meeting.uid)
                else { continue }
                let policy = try policies[agreementID] ?? records.policy(agreementID: agreementID)
                policies[agreementID] = policy
                if policy.canRead(meeting: meeting, as: personID).allowed { visible.append(item) }
            }
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .listActionItems,
                target: visible.map { String($0.id) }.joined(separator: ","), allowed: true, rule: .invitedToMeeting
            ))
            return visible
        }
    }

    /// Closes an action item (closing a closed one changes nothing), if `personID` may.
    public func close(id: Int64, as personID: String, now: UTCTimestamp) async throws -> AccessResult<ActionItem> {
        try await store.records { records in
            guard let item = try records.actionItem(id: id) else { throw StoreError.unknownActionItem(id) }
            guard let meeting = try records.meeting(uid: item.meetingUID),
                  let agreementID = try records.agreementID(ofMeeting: meeting.uid)
            else { throw StoreError.unknownMeeting(item.meetingUID) }
            let decision = item.assigneeID == personID
                ? AccessDecision(allowed: true, rule: .invitedToMeeting)
                : try records.policy(agreementID: agreementID).canWrite(meeting: meeting, as: personID)
            try records.audit(AuditEntry(
                at: now, actorID: personID, action: .closeActionItem, target: "\(id)", allowed: decision.allowed, rule: decision.rule,
                agreementID: agreementID
            ))
            guard decision.allowed else { return .refused(decision.rule) }
            if item.isOpen { try records.closeActionItem(id: id, by: personID, at: now) }
            guard let closed = try records.actionItem(id: id) else { throw StoreError.unknownActionItem(id) }
            return .allowed(closed, rule: decision.rule)
        }
    }
}
