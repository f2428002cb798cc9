import SamkalCore

/// Minutes, attendance and action items of a `MemoryStore`, on a copy of its state that
/// the store keeps only when the transaction's body returns.
final class MemoryRecordsTransaction: RecordsTransaction {
    var state: MemoryStore.State

    init(_ state: MemoryStore.State) {
        self.state = state
    }

    func meeting(uid: String) throws -> PlannedMeeting? {
        state.meetings[uid]?.meeting
    }

    func meetings(uids: [String]) throws -> [PlannedMeeting] {
        uids.compactMap { state.meetings[$0]?.meeting }
    }

    func meetings(agreementID: String) throws -> [PlannedMeeting] {
        state.meetings(of: agreementID)
    }

    func agreementID(ofMeeting uid: String) throws -> String? {
        state.meetings[uid]?.agreementID
    }

    func agreementIDs() throws -> [String] {
        state.agreements.keys.sorted()
    }

    func policy(agreementID: String) throws -> AccessPolicy {
        try state.policy(agreementID: agreementID)
    }

    func agreement(id: String) throws -> Agreement {
        guard let agreement = state.agreements[id] else { throw StoreError.noAgreement }
        return agreement
    }

    func participant(id: String) throws -> (agreementID: String, participant: Participant)? {
        state.participants[id]
    }

    func minutesRevisions(meetingUID: String) throws -> [MinutesRecord] {
        state.minutes[meetingUID] ?? []
    }

    func latestMinutes() throws -> [LatestMinutes] {
        state.minutes.keys.compactMap { state.meetings[$0] }
            .sorted { ($0.meeting.date, $0.meeting.uid) < ($1.meeting.date, $1.meeting.uid) }
            .compactMap { stored in
                guard let latest = state.minutes[stored.meeting.uid]?.last else { return nil }
                return LatestMinutes(
                    meetingUID: stored.meeting.uid, agreementID: stored.agreementID, revision: latest.revision,
                    recordedAt: latest.recordedAt, authorID: latest.authorID,
                    openActionItems: state.actionItems.filter { $0.meetingUID == stored.meeting.uid && $0.isOpen }.count
                )
            }
    }

    func actionItems(meetingUID: String) throws -> [ActionItem] {
        state.actionItems.filter { $0.meetingUID == meetingUID }
    }

    func actionItems(openOnly: Bool) throws -> [ActionItem] {
        state.actionItems.filter { !openOnly || $0.isOpen }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    func actionItem(id: Int64) throws -> ActionItem? {
        state.actionItems.first { $0.id == id }
    }

    func openActionItemCount(meetingUIDs: [String]) throws -> Int {
        let uids = Set(meetingUIDs)
        return state.actionItems.filter { $0.isOpen && uids.contains($0.meetingUID) }.count
    }

    func audit(_ entry: AuditEntry) throws {
        state.log(entry)
    }

    func addActionItem(_ item: NewActionItem, meetingUID: String) throws -> Int64 {
        let id = Int64(state.actionItems.count + 1)
        state.actionItems.append(ActionItem(
            id: id, meetingUID: meetingUID, assigneeID: item.assigneeID, text: item.text, due: item.due, closedAt: nil, closedBy: nil
        ))
        return id
    }

    func addMinutes(_ record: MinutesRecord) throws {
        // Attendance as SQLite gives it back: staff first, then participants, each by id.
        let ordered = record.attendance.sorted { left, right in
            left.isParticipant != right.isParticipant ? !left.isParticipant : left.attendeeID < right.attendeeID
        }
        state.minutes[record.meetingUID, default: []].append(MinutesRecord(
            meetingUID: record.meetingUID, revision: record.revision, authorID: record.authorID, recordedAt: record.recordedAt,
            text: record.text, decisions: record.decisions, attendance: ordered, actionItemIDs: record.actionItemIDs
        ))
    }

    func closeActionItem(id: Int64, by personID: String, at time: UTCTimestamp) throws {
        guard let index = state.actionItems.firstIndex(where: { $0.id == id }), state.actionItems[index].isOpen else { return }
        let item = state.actionItems[index]
        state.actionItems[index] = ActionItem(
            id: item.id, meetingUID: item.meetingUID, assigneeID: item.assigneeID, text: item.text, due: item.due,
            closedAt: time, closedBy: personID
        )
    }
}

extension MemoryStore {
    public func records<T: Sendable>(_ body: @escaping @Sendable (any RecordsTransaction) throws -> T) async throws -> T {
        try transaction { state in
            let transaction = MemoryRecordsTransaction(state)
            let result = try body(transaction)
            state = transaction.state
            return result
        }
    }
}
