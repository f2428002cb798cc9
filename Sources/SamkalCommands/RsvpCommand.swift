import ArgumentParser
import Foundation
import SamkalCore
import SamkalMail
import SamkalService
import SamkalStore

/// `samkal rsvp import|list`: the answers to invitations.
struct RsvpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rsvp",
        abstract: "Svar på innkallinger (replies to invitations).",
        subcommands: [RsvpImportCommand.self, RsvpListCommand.self]
    )
}

struct RsvpImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Les et svar (iTIP REPLY) fra en .ics-fil eller en hel e-post; - leser fra standard inn.",
        discussion: """
            Matched on UID and the attendee's address (and RECURRENCE-ID when given); ORGANIZER \
            is not required. A reply to an older SEQUENCE than the meeting's is ignored. A file \
            with anything that does not match is refused as a whole: nothing is recorded.
            """
    )

    @Argument(help: "Filen med svaret, eller - for standard inn.") var file: String
    @Option(help: "Avsenderen du går god for, for en ren .ics-fil (e-poster bruker From).") var from: String?
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, _, _) = try await Convening.session(asker, action: .recordReplies)
        let language = session.language
        let nb = language == .nb
        let store = session.store

        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError(nb ? "\(file): kan ikke lese filen" : "\(file): cannot read the file")
            }
            bytes = Array(data)
        }
        let name = file == "-" ? (nb ? "standard inn" : "standard input") : file
        let document: ReplyDocument
        do {
            document = try ReplyDocument.read(bytes)
        } catch {
            Console.error("\(name): " + Self.text(error, nb: nb))
            throw ExitCode.failure
        }
        let replies = document.replies
        // Whose answer this may be: the mail's sender, or for a bare .ics the address the
        // operator vouches for. Both given must agree.
        let vouched = from?.trimmingCharacters(in: .whitespaces)
        if let vouched, let sender = document.sender, vouched.lowercased() != sender.lowercased() {
            Console.error(nb
                ? "\(name): --from \(vouched) stemmer ikke med avsenderen \(sender); ingenting er registrert"
                : "\(name): --from \(vouched) does not match the sender \(sender); nothing was recorded")
            throw ExitCode.failure
        }
        guard let sender = document.sender ?? vouched else {
            Console.error(nb
                ? "\(name): en ren .ics-fil sier ikke hvem som sendte den; oppgi --from ADRESSE som du går god for (eller importer hele e-posten); ingenting er registrert"
                : "\(name): a bare .ics file does not say who sent it; give --from ADDRESS that you vouch for (or import the whole email); nothing was recorded")
            throw ExitCode.failure
        }
        var meetings: [String: PlannedMeeting] = [:]
        for uid in Set(replies.map(\.uid)) {
            if let meeting = try await store.meeting(uid: uid) { meetings[uid] = meeting }
        }
        switch ReplyMatcher.match(replies, sender: sender, meetings: meetings, recorded: try await store.replies(), now: SystemClock.now()) {
        case .failure(let problem):
            Console.error("\(name): " + Self.text(problem, nb: nb) + (nb ? "; ingenting er registrert" : "; nothing was recorded"))
            throw ExitCode.failure
        case .success(let outcomes):
            var recorded: [MeetingReply] = []
            for outcome in outcomes {
                switch outcome {
                case .recorded(let reply):
                    recorded.append(reply)
                    Console.out("\(reply.meetingUID)  \(reply.attendeeID): \(reply.answer.text(in: language)) (SEQUENCE \(reply.sequence))\n")
                case .stale(let uid, let attendee, let replySequence, let meetingSequence):
                    Console.out(nb
                        ? "\(uid)  \(attendee): gammelt svar ignorert (SEQUENCE \(replySequence), møtet har \(meetingSequence))\n"
                        : "\(uid)  \(attendee): stale reply ignored (SEQUENCE \(replySequence), the meeting is at \(meetingSequence))\n")
                case .superseded(let uid, let attendee):
                    Console.out(nb
                        ? "\(uid)  \(attendee): et nyere svar er alt registrert; ignorert\n"
                        : "\(uid)  \(attendee): a newer answer is already recorded; ignored\n")
                }
            }
            if !recorded.isEmpty {
                try await store.recordReplies(recorded, actorID: session.person, now: SystemClock.now())
            }
        }
    }

    static func text(_ problem: ReplyDocument.Problem, nb: Bool) -> String {
        switch problem {
        case .notUTF8: nb ? "kalenderdelen er ikke UTF-8" : "the calendar part is not UTF-8"
        case .noCalendarPart: nb ? "e-posten har ingen text/calendar-del" : "the email has no text/calendar part"
        case .mime(.noBody): nb ? "ikke en e-post: ingen tom linje etter hodefeltene" : "not an email: no blank line after the headers"
        case .mime(.missingBoundary(let type)): nb ? "\(type) uten gyldig boundary" : "\(type) without a valid boundary"
        case .mime(.undecodableBody(let type, let encoding)): nb ? "\(type): kan ikke dekode \(encoding)" : "\(type): cannot decode \(encoding)"
        case .calendar(.notICalendar(let reason)): (nb ? "ikke iCalendar: " : "not iCalendar: ") + reason
        case .calendar(.invalid(let problems)):
            problems.map { "\(nb ? "linje" : "line") \($0.line)\($0.property.map { ", \($0)" } ?? ""): \($0.message)" }.joined(separator: "; ")
        case .calendar(.notAReply(let method)): nb ? "ikke et svar: METHOD er \(method ?? "ikke oppgitt"), ventet REPLY" : "not a reply: METHOD is \(method ?? "missing"), expected REPLY"
        case .calendar(.missingUID(let index)): nb ? "VEVENT nr. \(index) mangler UID" : "VEVENT number \(index) has no UID"
        }
    }

    static func text(_ problem: ReplyProblem, nb: Bool) -> String {
        switch problem {
        case .unknownMeeting(let uid): nb ? "ukjent møte: UID \(uid)" : "unknown meeting: UID \(uid)"
        case .unknownAttendee(let uid, let email): nb ? "\(email) er ikke invitert til \(uid)" : "\(email) is not invited to \(uid)"
        case .noAttendee(let uid): nb ? "svaret på \(uid) har ingen ATTENDEE" : "the reply to \(uid) has no ATTENDEE"
        case .occurrenceMismatch(let uid, let date): nb ? "RECURRENCE-ID \(date) passer ikke med møtet \(uid)" : "RECURRENCE-ID \(date) does not match the meeting \(uid)"
        case .notExactlyOneAttendee(let uid, let count):
            nb ? "svaret på \(uid) har \(count) ATTENDEE; et svar skal ha nøyaktig én, den som svarer (RFC 5546)"
               : "the reply to \(uid) has \(count) ATTENDEEs; a reply has exactly one, whoever answers (RFC 5546)"
        case .senderMismatch(let uid, let attendee, let sender):
            nb ? "svaret på \(uid) gjelder \(attendee), men kom fra \(sender); bare den som svarer kan svare for seg selv"
               : "the reply to \(uid) is for \(attendee) but came from \(sender); only the person answering can answer for themself"
        case .stampInFuture(let uid, let stamp):
            nb ? "svaret på \(uid) har DTSTAMP \(stamp), som er fram i tid" : "the reply to \(uid) has DTSTAMP \(stamp), which is in the future"
        }
    }
}

struct RsvpListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Vis svarene (list the answers).")

    @Option(help: "Bare dette møtet (UID).") var meeting: String?
    @OptionGroup var format: ListingFormatOption
    @OptionGroup var asker: AskerOptions

    func run() async throws {
        let (session, agreement, audit) = try await Convening.session(asker, action: .readReplies)
        try await session.store.recordAudit([AuditEntry(
            at: audit.at, actorID: audit.actorID, action: .readReplies, target: meeting ?? "all", allowed: true, rule: audit.rule
        )])
        let language = session.language
        let nb = language == .nb
        let book = ReplyBook(try await session.store.replies())
        let meetings = try await session.store.meetings(agreementID: agreement.id).filter { meeting == nil || $0.uid == meeting }
        let sent = Set(try await session.store.sentInvitations().filter { $0.method == .request }.map { $0.meetingUID + "\u{0}" + $0.attendee.id })
        var rows: [[String]] = []
        for meeting in meetings where meeting.status != .cancelled {
            for attendee in meeting.attendees where !attendee.isConvener && sent.contains(meeting.uid + "\u{0}" + attendee.id) {
                let answer = book.answer(of: attendee.id, to: meeting) ?? .needsAction
                rows.append([meeting.date.description, meeting.uid, attendee.id, attendee.name, answer.rawValue, answer.text(in: language)])
            }
        }
        let columns = nb ? ["dato", "møte", "person", "navn", "partstat", "svar"] : ["date", "meeting", "person", "name", "partstat", "answer"]
        Console.out(try Listing(columns: columns, rows: rows).render(format.format))
    }
}
