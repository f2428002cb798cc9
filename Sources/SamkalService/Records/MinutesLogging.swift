import SamkalCore
import SamkalStore

/// `samkal minutes log` and `POST /minutes`: a meeting's minutes with attendance, decisions
/// and action items, written as one revision by its author. Attendance may name only the
/// meeting's attendees (its own agreement's people) and the participants it is about; an
/// invitation declined in an answer is an excused absence unless said otherwise. Everything
/// is checked before the one transaction that writes the revision and its audit entry.
public struct MinutesLogging: Sendable {
    /// What a logged revision did.
    public struct Outcome: Sendable, Hashable {
        public let record: MinutesRecord
        /// The meeting's title, as the author sees it.
        public let title: String
        /// Attendees no attendance was recorded for.
        public let unmarked: [String]
    }

    public let store: any SamkalStore

    public init(store: any SamkalStore) {
        self.store = store
    }

    /// Logs `text` for the stored meeting `meetingUID` by `authorID`. `declinedReason` is
    /// the excuse written for a declined invitation (in the author's language).
    public func log(
        meetingUID: String, text: String, present: [String], absent: [String], excused: [String], decisions: [String],
        actions: [NewActionItem], by authorID: String, declinedReason: String, now: UTCTimestamp
    ) async throws -> AccessResult<Outcome> {
        guard let stored = try await store.meeting(uid: meetingUID) else { throw StoreError.unknownMeeting(meetingUID) }
        // The meeting's own agreement: its people are whom attendance may name.
        guard let agreementID = try await store.agreementID(ofMeeting: meetingUID), let agreement = try await store.agreement(id: agreementID) else {
            throw StoreError.unknownMeeting(meetingUID)
        }
        let answers = ReplyBook(try await store.replies())
        let marks = try Self.marks(
            present: present, absent: absent, excused: excused, meeting: stored, people: Set(agreement.people.keys),
            answers: answers, declinedReason: declinedReason
        )
        let entry = MinutesEntry(meetingUID: meetingUID, authorID: authorID, text: text, decisions: decisions, attendance: marks, actions: actions)
        switch try await MinutesService(store: store).log(entry, now: now) {
        case .refused(let rule):
            return .refused(rule)
        case .allowed(let record, let rule):
            let marked = Set(marks.map(\.attendeeID))
            let unmarked = stored.attendees.map(\.id).filter { !marked.contains($0) }
            return .allowed(Outcome(record: record, title: stored.title, unmarked: unmarked), rule: rule)
        }
    }

    /// The attendance marks; an excuse without a reason is the store's error (bad input),
    /// an id given twice stays `AttendanceSheet.Problem.givenTwice` (a bad flag).
    private static func marks(
        present: [String], absent: [String], excused: [String], meeting: PlannedMeeting, people: Set<String>, answers: ReplyBook,
        declinedReason: String
    ) throws -> [AttendanceMark] {
        do throws(AttendanceSheet.Problem) {
            return try AttendanceSheet.marks(
                present: present, absent: absent, excused: excused, meeting: meeting, people: people, answers: answers, declinedReason: declinedReason
            )
        } catch .excuseWithoutReason(let entry) {
            throw StoreError.excuseWithoutReason(entry)
        } catch {
            throw error
        }
    }
}
