import SamkalCore
import SamkalMail
import SamkalPublishing
import SamkalStore
import SamkalTemplates

/// Turns a due invitation into the email that goes in the outbox: the calendar object
/// from libical (checked against RFC 5546 before anything is queued), subject and bodies
/// from the templates, headers encoded.
public struct InvitationComposer: Sendable {
    let agreement: Agreement
    let participants: [String: Participant]
    let replies: ReplyBook
    /// When each meeting last changed: the DTSTAMP, so a message is the same when rebuilt.
    let stamps: [String: UTCTimestamp]
    let renderer: InvitationRenderer
    let language: Language
    /// Makes the Message-ID opaque: it shows in every mail server's log.
    let identity: MeetingIdentity
    let builder = InvitationBuilder()
    /// The need-to-know rule, made once for every message of the run.
    let policy: AccessPolicy

    public init(
        agreement: Agreement, participants: [String: Participant], replies: ReplyBook, stamps: [String: UTCTimestamp],
        renderer: InvitationRenderer, language: Language, identity: MeetingIdentity
    ) {
        self.agreement = agreement
        self.participants = participants
        self.replies = replies
        self.stamps = stamps
        self.renderer = renderer
        self.language = language
        self.identity = identity
        self.policy = AccessPolicy(agreement: agreement, participants: participants)
    }

    public enum Problem: Error, Sendable {
        /// The convener or the attendee has no usable address.
        case badAddress(personID: String, address: String)
        /// libical finds the calendar object breaks the rules of its METHOD.
        case invalidCalendar(uid: String, problems: [String])
    }

    public func message(for task: InvitationTask, now: UTCTimestamp) throws -> NewOutboxMessage {
        let meeting = task.meeting
        let convener = meeting.organizer ?? task.attendee
        guard let from = MailAddress(convener.email, name: convener.name) else {
            throw Problem.badAddress(personID: convener.id, address: convener.email)
        }
        guard let to = MailAddress(task.attendee.email, name: task.attendee.name) else {
            throw Problem.badAddress(personID: task.attendee.id, address: task.attendee.email)
        }
        let calendar: InvitationCalendar
        do {
            calendar = try builder.validatedText(
                for: task, agreement: agreement, participants: participants, replies: replies,
                stamp: stamps[meeting.uid] ?? UTCTimestamp(date: agreement.revised ?? meeting.date), language: language,
                policy: policy
            )
        } catch {
            throw Problem.invalidCalendar(uid: error.uid, problems: error.problems)
        }
        let text = calendar.text
        let content = InvitationContent(
            method: task.method, isUpdate: meeting.sequence > 0, title: calendar.summary ?? meeting.title,
            date: meeting.date, start: meeting.start, end: meeting.end, location: calendar.location ?? meeting.location,
            description: calendar.description ?? "", recipientName: task.attendee.name, convenerName: convener.name,
            convenerParty: agreement.party(convener.partyID)?.name ?? convener.partyID
        )
        var rendered = renderer.render(content, language: language)
        if meeting.participantID != nil,
           builder.disclosure(for: task, agreement: agreement, participants: participants, policy: policy) == .full {
            // Subjects show in notifications and mail-server logs: the pseudonymous title
            // there, the name only in the body and calendar of those who follow the participant.
            var pseudonymous = content
            pseudonymous.title = meeting.title
            rendered.subject = renderer.subject(pseudonymous, language: language)
        }
        let method = task.method == .request ? "REQUEST" : "CANCEL"
        let messageID = Self.messageID(
            for: task, identity: identity, domain: from.address.split(separator: "@").last.map(String.init) ?? "samkal.invalid"
        )
        let mail = MailMessage(
            from: from, to: [to], subject: rendered.subject, date: now.secondsSince1970, messageID: messageID,
            textBody: rendered.text, htmlBody: rendered.html, calendar: text, calendarMethod: method
        )
        return NewOutboxMessage(
            invitation: SentInvitation(meetingUID: meeting.uid, attendee: task.attendee, sequence: meeting.sequence, method: task.method),
            sender: from.address, recipient: to.address, subject: rendered.subject, messageID: messageID,
            message: mail.rendered()
        )
    }

    /// Stable for the same (meeting, attendee, sequence, method), unique across them, and
    /// opaque: a keyed hash, so mail-server logs learn neither the attendee nor the meeting.
    static func messageID(for task: InvitationTask, identity: MeetingIdentity, domain: String) -> String {
        let parts = ["message", task.method.rawValue, String(task.meeting.sequence), task.attendee.id, task.meeting.uid]
        return identity.opaque(parts.joined(separator: "\u{0}")) + "@" + domain
    }
}
