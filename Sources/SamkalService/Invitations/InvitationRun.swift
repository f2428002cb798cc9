import SamkalCore
import SamkalStore
import SamkalTemplates

/// What `invite` does before anything is sent: finds every invitation due (new or changed
/// meetings from `today` on, cancellations; each (meeting, attendee, SEQUENCE) once) and
/// composes each message from what the store holds; then, unless it is a dry run, queues
/// them in the outbox in one transaction.
public struct InvitationRun: Sendable {
    public let store: any SamkalStore
    public let identity: MeetingIdentity

    public init(store: any SamkalStore, identity: MeetingIdentity) {
        self.store = store
        self.identity = identity
    }

    /// Every message due, with its task; throws `InvitationComposer.Problem` for a message
    /// that cannot be made (nothing is queued then) and `StoreError.unknownMeeting` for an
    /// unknown `onlyUID`.
    public func compose(
        _ agreement: Agreement, onlyUID: String?, today: LocalDate, renderer: InvitationRenderer, language: Language, now: UTCTimestamp
    ) async throws -> [(task: InvitationTask, message: NewOutboxMessage)] {
        if let onlyUID, try await store.meeting(uid: onlyUID) == nil { throw StoreError.unknownMeeting(onlyUID) }
        let tasks = InvitationPlanner.due(
            meetings: try await store.meetings(agreementID: agreement.id), sent: try await store.sentInvitations(),
            today: today, onlyUID: onlyUID
        )
        let composer = InvitationComposer(
            agreement: agreement,
            participants: Dictionary(try await store.participants(agreementID: agreement.id).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            replies: ReplyBook(try await store.replies()),
            stamps: try await store.meetingChangeTimes(agreementID: agreement.id),
            renderer: renderer, language: language, identity: identity
        )
        return try tasks.map { ($0, try composer.message(for: $0, now: now)) }
    }

    /// Queues `messages` (each once) and returns how many were new, then what is due to send.
    public func enqueue(
        _ messages: [NewOutboxMessage], actorID: String, onlyUID: String?, now: UTCTimestamp
    ) async throws -> (added: Int, due: [OutboxEntry]) {
        let added = try await store.enqueueInvitations(messages, actorID: actorID, now: now)
        return (added, try await store.dueOutbox(now: now, meetingUID: onlyUID))
    }
}
