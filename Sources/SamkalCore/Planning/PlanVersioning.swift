/// Reconciles a freshly computed plan with the meetings already stored, so a meeting
/// keeps its identity across versions: same UID; SEQUENCE+1 when its time, place or
/// attendees change; kept as cancelled (never deleted) when it is no longer planned.
///
/// Pure: stored meetings and the new plan in, the meetings to store and the changes out.
public enum PlanVersioning {
    public struct Outcome: Sendable, Hashable {
        /// Meetings not stored before: new rows.
        public let addedMeetings: [PlannedMeeting]
        /// Stored meetings that are different now (moved, restored, cancelled, renamed…).
        public let updatedMeetings: [PlannedMeeting]
        /// Every meeting that is new or different and must be written.
        public var changedMeetings: [PlannedMeeting] { addedMeetings + updatedMeetings }
        public let changes: [MeetingChange]
        /// The plan as it now stands in the range: planned meetings with their stored
        /// SEQUENCE and STATUS, plus the cancelled ones, sorted like a plan.
        public let plan: Plan
    }

    /// Of an agreement's stored meetings, those a new plan is reconciled with: the ones
    /// dated in its range and the ones it plans again (which may have been elsewhere).
    public static func storedToReconcile(_ all: [PlannedMeeting], with plan: Plan) -> [PlannedMeeting] {
        let planned = Set(plan.meetings.map(\.uid))
        return all.filter { plan.range.contains($0.date) || planned.contains($0.uid) }
    }

    public static func reconcile(stored: [PlannedMeeting], with computed: Plan) -> Outcome {
        // Each stored meeting by UID; what the computed plan does not take is left over.
        var storedByUID: [String: PlannedMeeting] = [:]
        storedByUID.reserveCapacity(stored.count)
        for meeting in stored where storedByUID[meeting.uid] == nil { storedByUID[meeting.uid] = meeting }
        let unplacedUIDs = Set(computed.unplaced.map(\.uid))
        let elsewhere = Set(computed.placedOutsideRange)
        var added: [PlannedMeeting] = []
        var changed: [PlannedMeeting] = []
        var changes: [MeetingChange] = []
        var result: [PlannedMeeting] = []

        result.reserveCapacity(computed.meetings.count)
        for var meeting in computed.meetings {
            guard let previous = storedByUID.removeValue(forKey: meeting.uid) else {
                added.append(meeting)
                changes.append(MeetingChange(uid: meeting.uid, kind: .added, before: nil, after: meeting))
                result.append(meeting)
                continue
            }
            meeting.sequence = previous.sequence
            meeting.status = previous.status
            if previous.status == .cancelled {
                meeting.sequence += 1
                meeting.status = .tentative
                changes.append(MeetingChange(uid: meeting.uid, kind: .restored, before: previous, after: meeting))
            } else if isSignificantChange(from: previous, to: meeting) {
                meeting.sequence += 1
                changes.append(MeetingChange(
                    uid: meeting.uid, kind: .moved, moveReason: computed.moves[meeting.uid], before: previous, after: meeting
                ))
            }
            if meeting != previous { changed.append(meeting) }
            result.append(meeting)
        }

        // What is no longer planned, in UID order (so the changes come in a stable order).
        let gone = storedByUID.values
            .filter { computed.range.contains($0.date) && !elsewhere.contains($0.uid) }
            .sorted { $0.uid < $1.uid }
        for previous in gone {
            guard previous.status != .cancelled else {
                result.append(previous)
                continue
            }
            var cancelled = previous
            cancelled.status = .cancelled
            cancelled.sequence += 1
            let reason: MeetingChange.Reason = computed.reissued[previous.uid] != nil
                ? .reissued
                : unplacedUIDs.contains(previous.uid) ? .cannotBePlaced : .noLongerRequired
            changed.append(cancelled)
            changes.append(MeetingChange(uid: previous.uid, kind: .cancelled, reason: reason, before: previous, after: cancelled))
            result.append(cancelled)
        }

        var plan = computed
        // A computed plan comes sorted: sorting again is needed only when something was
        // appended (kept cancellations) or the plan was put together by hand.
        let inOrder = { (a: PlannedMeeting, b: PlannedMeeting) in (a.date, a.start, a.uid) < (b.date, b.start, b.uid) }
        let sorted = zip(result, result.dropFirst()).allSatisfy { !inOrder($1, $0) }
        plan.meetings = sorted ? result : result.sorted(by: inOrder)
        return Outcome(addedMeetings: added, updatedMeetings: changed, changes: changes, plan: plan)
    }

    /// Time, place or attendees: what makes calendars and invitations need an update.
    public static func isSignificantChange(from old: PlannedMeeting, to new: PlannedMeeting) -> Bool {
        old.date != new.date || old.start != new.start || old.end != new.end
            || old.location != new.location
            || !old.attendees.elementsEqual(new.attendees, by: { $0.id == $1.id })
    }
}
