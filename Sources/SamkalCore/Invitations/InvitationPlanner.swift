/// Decides which invitations are due (kalle inn): pure, from the stored meetings and what
/// the outbox already holds.
///
/// - A meeting that is planned gets a REQUEST to every attendee but the convener (who
///   organises it) at its current SEQUENCE, once.
/// - A moved or changed meeting has a higher SEQUENCE, so it gets a new REQUEST.
/// - A cancelled meeting gets a CANCEL to everyone who was sent a REQUEST for it; someone
///   taken off a meeting gets a CANCEL too. Nobody is told of a cancellation of a meeting
///   they were never invited to.
/// - Meetings before `today` are left alone.
public enum InvitationPlanner {
    public static func due(
        meetings: [PlannedMeeting], sent: [SentInvitation], today: LocalDate, onlyUID: String? = nil
    ) -> [InvitationTask] {
        var history: [String: [SentInvitation]] = [:]
        for invitation in sent { history[invitation.meetingUID, default: []].append(invitation) }
        let ordered = meetings
            .filter { onlyUID == nil || $0.uid == onlyUID }
            .filter { $0.date >= today }
            .sorted { ($0.date, $0.start, $0.uid) < ($1.date, $1.start, $1.uid) }
        var tasks: [InvitationTask] = []
        for meeting in ordered {
            let previous = history[meeting.uid] ?? []
            func alreadySent(_ attendeeID: String, _ method: InvitationMethod) -> Bool {
                previous.contains { $0.attendee.id == attendeeID && $0.method == method && $0.sequence >= meeting.sequence }
            }
            let invitedBefore = Dictionary(
                previous.filter { $0.method == .request }.map { ($0.attendee.id, $0.attendee) },
                uniquingKeysWith: { first, _ in first }
            )
            if meeting.status == .cancelled {
                for (id, attendee) in invitedBefore.sorted(by: { $0.key < $1.key }) where !alreadySent(id, .cancel) {
                    tasks.append(InvitationTask(meeting: meeting, attendee: attendee, method: .cancel))
                }
                continue
            }
            let current = meeting.attendees.filter { $0.id != meeting.organizerID }
            for attendee in current where !alreadySent(attendee.id, .request) {
                tasks.append(InvitationTask(meeting: meeting, attendee: attendee, method: .request))
            }
            let currentIDs = Set(current.map(\.id))
            for (id, attendee) in invitedBefore.sorted(by: { $0.key < $1.key })
            where !currentIDs.contains(id) && id != meeting.organizerID && !alreadySent(id, .cancel) {
                tasks.append(InvitationTask(meeting: meeting, attendee: attendee, method: .cancel))
            }
        }
        return tasks
    }
}
