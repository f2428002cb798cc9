import SamkalCore
import SamkalStore
import SamkalTemplates

/// `samkal invite` and `POST /invitations`: the refugee service convenes (kaller inn). Every
/// new or changed meeting of its agreement gets a REQUEST to each attendee, every cancelled
/// one a CANCEL; the messages go into the durable outbox, from where they are delivered.
public struct InvitationService: Sendable {
    public let store: any SamkalStore
    public let identity: MeetingIdentity
    public let renderer: InvitationRenderer

    public init(store: any SamkalStore, identity: MeetingIdentity, renderer: InvitationRenderer) {
        self.store = store
        self.identity = identity
        self.renderer = renderer
    }

    /// One message a run would send.
    public struct Line: Sendable, Hashable {
        public let method: InvitationMethod
        public let sequence: Int
        public let date: LocalDate
        public let start: LocalTime
        public let recipient: String
        public let subject: String

        public init(method: InvitationMethod, sequence: Int, date: LocalDate, start: LocalTime, recipient: String, subject: String) {
            self.method = method
            self.sequence = sequence
            self.date = date
            self.start = start
            self.recipient = recipient
            self.subject = subject
        }
    }

    /// The agreement `person` convenes for (`agreementID`, or the only one stored); a
    /// refusal is audited and thrown (`AccessRefused`).
    public func admit(agreementID: String?, as person: String, now: UTCTimestamp) async throws -> Agreement {
        let agreement = try await AgreementChoice.resolve(agreementID, in: store)
        _ = try await AccessGuard(store: store).admit(.convene(.sendInvitations), by: person, on: agreement, now: now)
        return agreement
    }

    /// Every message due for `agreement` (only `onlyUID`'s when given), made but not
    /// queued: a message that cannot be made is `InvitationComposer.Problem`, and nothing
    /// is queued.
    public func compose(_ agreement: Agreement, onlyUID: String?, language: Language, now: UTCTimestamp) async throws -> [(line: Line, message: NewOutboxMessage)] {
        let today = LocalDate.today(at: now, inZone: agreement.timeZoneID)
        let composed = try await InvitationRun(store: store, identity: identity).compose(
            agreement, onlyUID: onlyUID, today: today, renderer: renderer, language: language, now: now
        )
        return composed.map { task, message in
            (Line(
                method: task.method, sequence: task.meeting.sequence, date: task.meeting.date, start: task.meeting.start,
                recipient: message.recipient, subject: message.subject
            ), message)
        }
    }

    /// Queues `messages` as `person`'s (each once): how many were new, and what of this
    /// agreement's outbox is due to be delivered now (another municipality sends its own).
    public func queue(
        _ messages: [NewOutboxMessage], agreement: Agreement, onlyUID: String?, as person: String, now: UTCTimestamp
    ) async throws -> (added: Int, due: [OutboxEntry]) {
        let (added, queued) = try await InvitationRun(store: store, identity: identity).enqueue(messages, actorID: person, onlyUID: onlyUID, now: now)
        let uids = Set(try await store.meetings(agreementID: agreement.id).map(\.uid))
        return (added, queued.filter { uids.contains($0.invitation.meetingUID) })
    }
}

/// What a run of `invite` did, in both modes: the messages a dry run would send, or how
/// many were queued, how many of the agreement's were due, and how their delivery went
/// (nil: no mail server, so they wait in the outbox).
public struct InvitationOutcome: Sendable {
    public let lines: [InvitationService.Line]
    public let added: Int
    public let due: Int
    public let delivery: OutboxDelivery.Summary?

    public init(lines: [InvitationService.Line], added: Int, due: Int, delivery: OutboxDelivery.Summary?) {
        self.lines = lines
        self.added = added
        self.due = due
        self.delivery = delivery
    }
}
